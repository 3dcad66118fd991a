<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
    <context>
        <name>Launcher</name>
        <message>
            <source>Opening the data folder…</source>
            <translation>Đang mở thư mục dữ liệu…</translation>
        </message>
        <message>
            <source>DLXH Desktop cannot start</source>
            <translation>Không thể khởi động DLXH Desktop</translation>
        </message>
        <message>
            <source>Close the other window first, or choose another data folder.</source>
            <translation>Hãy đóng cửa sổ kia trước, hoặc chọn thư mục dữ liệu khác.</translation>
        </message>
        <message>
            <source>Nothing was changed. Ask the person in charge of computers for help.</source>
            <translation>Chưa có gì bị thay đổi. Hãy nhờ cán bộ phụ trách máy tính hỗ trợ.</translation>
        </message>
    </context>
    <context>
        <name>MainWindowController</name>
        <message>
            <source>Import package</source>
            <translation>Nhập gói dữ liệu</translation>
        </message>
        <message>
            <source>Import package %1</source>
            <translation>Nhập gói %1</translation>
        </message>
        <message>
            <source>Importing packages comes in the next version of the program; the file was not changed.</source>
            <translation>Chức năng nhập gói sẽ có trong phiên bản tiếp theo của chương trình; tệp chưa bị thay đổi.</translation>
        </message>
        <message>
            <source>Loading the reports…</source>
            <translation>Đang tải danh sách báo cáo…</translation>
        </message>
        <message>
            <source>The reports could not be read.</source>
            <translation>Không đọc được danh sách báo cáo.</translation>
        </message>
        <message>
            <source>This data folder is not set up yet</source>
            <translation>Thư mục dữ liệu này chưa được thiết lập</translation>
        </message>
        <message>
            <source>%1 — DLXH Desktop</source>
            <translation>%1 — DLXH Desktop</translation>
        </message>
        <message>
            <source>This unit has no reports yet.</source>
            <translation>Đơn vị chưa có báo cáo nào.</translation>
        </message>
        <message>
            <source>Writing reports comes in the next version of the program; meanwhile reports can be added with the 'dlxh report new' command.</source>
            <translation>Chức năng soạn báo cáo sẽ có trong phiên bản tiếp theo của chương trình; trong lúc chờ, có thể thêm báo cáo bằng lệnh 'dlxh report new'.</translation>
        </message>
        <message>
            <source>Set-up comes next</source>
            <translation>Bước tiếp theo: thiết lập đơn vị</translation>
        </message>
        <message>
            <source>The data folder %1 does not belong to a unit yet.</source>
            <translation>Thư mục dữ liệu %1 chưa gắn với đơn vị nào.</translation>
        </message>
        <message>
            <source>Setting up means choosing your unit and receiving the directory from the unit above yours. A set-up assistant comes in the next version of the program; until then, the person in charge of computers can run 'dlxh setup province' or 'dlxh setup unit'.</source>
            <translation>Thiết lập là chọn đơn vị của mình và nhận danh bạ đơn vị từ cấp trên. Trình hướng dẫn thiết lập sẽ có trong phiên bản tiếp theo của chương trình; trong lúc chờ, cán bộ phụ trách máy tính có thể chạy lệnh 'dlxh setup province' hoặc 'dlxh setup unit'.</translation>
        </message>
        <message numerus="yes">
            <source>%n report(s)</source>
            <translation>
                <numerusform>%n báo cáo</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n draft(s)</source>
            <translation>
                <numerusform>%n bản nháp</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n quá hạn</numerusform>
            </translation>
        </message>
        <message>
            <source>showing %1 of %2</source>
            <translation>đang hiển thị %1/%2</translation>
        </message>
        <message>
            <source>Open data folder</source>
            <translation>Mở thư mục dữ liệu</translation>
        </message>
        <message>
            <source>Opening the data folder…</source>
            <translation>Đang mở thư mục dữ liệu…</translation>
        </message>
        <message>
            <source>About DLXH Desktop</source>
            <translation>Giới thiệu DLXH Desktop</translation>
        </message>
        <message>
            <source>Public opinion reports of the trade union, kept on this computer and sent to the unit above as signed, encrypted packages.</source>
            <translation>Báo cáo dư luận xã hội của tổ chức Công đoàn, lưu trên máy tính này và gửi lên cấp trên dưới dạng gói dữ liệu được ký số, mã hóa.</translation>
        </message>
        <message>
            <source>Data folder: %1</source>
            <translation>Thư mục dữ liệu: %1</translation>
        </message>
    </context>
    <context>
        <name>MainWindowView</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Tệp</translation>
        </message>
        <message>
            <source>&amp;Open data folder…</source>
            <translation>&amp;Mở thư mục dữ liệu…</translation>
        </message>
        <message>
            <source>Open the reports kept in another data folder</source>
            <translation>Mở các báo cáo lưu trong một thư mục dữ liệu khác</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Thoát</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Ngôn ngữ</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Trợ &amp;giúp</translation>
        </message>
        <message>
            <source>&amp;About DLXH Desktop</source>
            <translation>&amp;Giới thiệu</translation>
        </message>
        <message>
            <source>Filter the list</source>
            <translation>Lọc danh sách</translation>
        </message>
        <message>
            <source>F&amp;ilter:</source>
            <translation>&amp;Lọc:</translation>
        </message>
        <message>
            <source>Type a period, kind, status or number (Ctrl+F)</source>
            <translation>Gõ kỳ báo cáo, loại, trạng thái hoặc số để lọc (Ctrl+F)</translation>
        </message>
        <message>
            <source>Filter the reports</source>
            <translation>Lọc danh sách báo cáo</translation>
        </message>
        <message>
            <source>Reports of this unit</source>
            <translation>Báo cáo của đơn vị</translation>
        </message>
        <message>
            <source>Public opinion reports of this unit</source>
            <translation>Báo cáo dư luận xã hội của đơn vị</translation>
        </message>
    </context>
    <context>
        <name>ReportDetails</name>
        <message>
            <source>%1 · %2 · revision %3</source>
            <translation>%1 · %2 · lần %3</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Kỳ báo cáo</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>Lần</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Số</translation>
        </message>
        <message>
            <source>General assessment</source>
            <translation>Đánh giá chung về tình hình tư tưởng</translation>
        </message>
        <message>
            <source>trend: %1</source>
            <translation>chiều hướng: %1</translation>
        </message>
        <message>
            <source>about %1 people</source>
            <translation>khoảng %1 người</translation>
        </message>
        <message>
            <source>Cause</source>
            <translation>Nguyên nhân</translation>
        </message>
        <message>
            <source>Forecast</source>
            <translation>Dự báo</translation>
        </message>
        <message>
            <source>Proposed solution</source>
            <translation>Giải pháp đề xuất</translation>
        </message>
        <message>
            <source>Opinion streams</source>
            <translation>Các luồng dư luận</translation>
        </message>
        <message>
            <source>%1 of %2 workers involved</source>
            <translation>%1/%2 người lao động tham gia</translation>
        </message>
        <message>
            <source>Cause and demands</source>
            <translation>Nguyên nhân và yêu cầu</translation>
        </message>
        <message>
            <source>Actions taken</source>
            <translation>Biện pháp đã thực hiện</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Kết quả giải quyết</translation>
        </message>
        <message>
            <source>Incidents</source>
            <translation>Vụ việc phức tạp, nhạy cảm</translation>
        </message>
        <message>
            <source>Recommendations and proposals</source>
            <translation>Kiến nghị, đề xuất</translation>
        </message>
        <message>
            <source>Collaborator network</source>
            <translation>Mạng lưới cộng tác viên dư luận xã hội</translation>
        </message>
        <message>
            <source>%1 collaborators (%2 new, %3 trained); %4 reports received.</source>
            <translation>%1 cộng tác viên (%2 người mới, %3 người đã được tập huấn); nhận được %4 tin, báo cáo.</translation>
        </message>
        <message>
            <source>Tasks ahead</source>
            <translation>Nhiệm vụ, giải pháp thời gian tới</translation>
        </message>
        <message>
            <source>Difficulties and obstacles</source>
            <translation>Khó khăn, vướng mắc</translation>
        </message>
        <message>
            <source>Nothing has been written yet.</source>
            <translation>Báo cáo chưa có nội dung.</translation>
        </message>
    </context>
    <context>
        <name>ReportDetailsView</name>
        <message>
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
    </context>
    <context>
        <name>ReportTableModel</name>
        <message>
            <source>Period</source>
            <translation>Kỳ báo cáo</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>Lần</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Số</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Hạn nộp</translation>
        </message>
    </context>
    <context>
        <name>TaskManager</name>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>Something went wrong inside the program: %1</source>
            <translation>Có lỗi bên trong chương trình: %1</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <source>Monthly</source>
            <translation>Hằng tháng</translation>
        </message>
        <message>
            <source>Quick report</source>
            <translation>Báo cáo nhanh</translation>
        </message>
        <message>
            <source>Annual</source>
            <translation>Năm</translation>
        </message>
        <message>
            <source>Thematic</source>
            <translation>Chuyên đề</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Bản nháp</translation>
        </message>
        <message>
            <source>Finalized</source>
            <translation>Đã hoàn thành</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Đã gửi</translation>
        </message>
        <message>
            <source>Receipt received</source>
            <translation>Đã nhận biên nhận</translation>
        </message>
        <message>
            <source>Superseded</source>
            <translation>Đã thay thế</translation>
        </message>
        <message>
            <source>positive</source>
            <translation>tích cực</translation>
        </message>
        <message>
            <source>mixed</source>
            <translation>trái chiều</translation>
        </message>
        <message>
            <source>negative</source>
            <translation>tiêu cực</translation>
        </message>
        <message>
            <source>direct contact</source>
            <translation>nắm bắt trực tiếp</translation>
        </message>
        <message>
            <source>collaborators</source>
            <translation>cộng tác viên</translation>
        </message>
        <message>
            <source>meetings</source>
            <translation>hội nghị, đối thoại</translation>
        </message>
        <message>
            <source>other social networks</source>
            <translation>mạng xã hội khác</translation>
        </message>
        <message>
            <source>press</source>
            <translation>báo chí</translation>
        </message>
        <message>
            <source>Collective work stoppage</source>
            <translation>Ngừng việc tập thể</translation>
        </message>
        <message>
            <source>Strike</source>
            <translation>Đình công</translation>
        </message>
        <message>
            <source>Labour dispute</source>
            <translation>Tranh chấp lao động</translation>
        </message>
        <message>
            <source>Wage arrears</source>
            <translation>Nợ lương</translation>
        </message>
        <message>
            <source>Employer absconding</source>
            <translation>Chủ doanh nghiệp bỏ trốn</translation>
        </message>
        <message>
            <source>Mass layoff</source>
            <translation>Cắt giảm lao động hàng loạt</translation>
        </message>
        <message>
            <source>Work accident</source>
            <translation>Tai nạn lao động</translation>
        </message>
        <message>
            <source>Food poisoning</source>
            <translation>Ngộ độc thực phẩm</translation>
        </message>
        <message>
            <source>False or hostile information online</source>
            <translation>Thông tin sai trái, thù địch trên mạng</translation>
        </message>
        <message>
            <source>Other incident</source>
            <translation>Vụ việc khác</translation>
        </message>
        <message>
            <source>ongoing</source>
            <translation>đang diễn ra</translation>
        </message>
        <message>
            <source>resolved</source>
            <translation>đã giải quyết</translation>
        </message>
        <message>
            <source>being monitored</source>
            <translation>đang theo dõi</translation>
        </message>
        <message>
            <source>on time</source>
            <translation>đúng hạn</translation>
        </message>
        <message>
            <source>late</source>
            <translation>trễ hạn</translation>
        </message>
        <message numerus="yes">
            <source>overdue by %n day(s)</source>
            <translation>
                <numerusform>quá hạn %n ngày</numerusform>
            </translation>
        </message>
        <message>
            <source>last day today</source>
            <translation>hôm nay là hạn cuối</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) left</source>
            <translation>
                <numerusform>còn %n ngày</numerusform>
            </translation>
        </message>
        <message>
            <source>before %1</source>
            <translation>trước %1</translation>
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <source>This data folder is not set up yet: run 'dlxh setup province' or 'dlxh setup unit'.</source>
            <translation>Thư mục dữ liệu này chưa được thiết lập: hãy chạy lệnh 'dlxh setup province' hoặc 'dlxh setup unit'.</translation>
        </message>
        <message>
            <source>This data folder is already set up as unit {unit}.</source>
            <translation>Thư mục dữ liệu này đã được thiết lập cho đơn vị {unit}.</translation>
        </message>
        <message>
            <source>There is no report with id {report}.</source>
            <translation>Không có báo cáo nào mang mã {report}.</translation>
        </message>
        <message>
            <source>Report {report} is {status} and cannot be changed; amend it to make a new revision.</source>
            <translation>Báo cáo {report} ở trạng thái {status} nên không thể sửa; hãy tạo một lần sửa đổi mới.</translation>
        </message>
        <message>
            <source>Report {report} is not complete: {count} problem(s) to fix first, e.g. at {first}.</source>
            <translation>Báo cáo {report} chưa đầy đủ: cần sửa {count} chỗ trước, ví dụ tại {first}.</translation>
        </message>
        <message>
            <source>Report {report} is still a draft: edit it instead.</source>
            <translation>Báo cáo {report} vẫn là bản nháp: hãy sửa trực tiếp bản nháp.</translation>
        </message>
        <message>
            <source>Report {report} already has a newer revision (id {newer}).</source>
            <translation>Báo cáo {report} đã có lần sửa đổi mới hơn (mã {newer}).</translation>
        </message>
        <message>
            <source>There is no unit with code {unit}.</source>
            <translation>Không có đơn vị nào mang mã {unit}.</translation>
        </message>
        <message>
            <source>Unit {unit} names parent {parent}, which is not in the tree.</source>
            <translation>Đơn vị {unit} ghi đơn vị cấp trên là {parent}, nhưng đơn vị này không có trong danh sách đơn vị.</translation>
        </message>
        <message>
            <source>Unit code '{unit}' is not valid: use up to 40 letters, digits, '-', '_' or '.'.</source>
            <translation>Mã đơn vị '{unit}' không hợp lệ: chỉ dùng tối đa 40 chữ cái, chữ số, '-', '_' hoặc '.'.</translation>
        </message>
        <message>
            <source>Unit {unit} would be its own ancestor.</source>
            <translation>Đơn vị {unit} không thể là cấp trên của chính nó.</translation>
        </message>
        <message>
            <source>Unit {unit} appears twice.</source>
            <translation>Đơn vị {unit} xuất hiện hai lần.</translation>
        </message>
        <message>
            <source>A unit needs a name.</source>
            <translation>Đơn vị phải có tên.</translation>
        </message>
        <message>
            <source>Row {row} of {path} is not a valid unit.</source>
            <translation>Dòng {row} của tệp {path} không phải là một đơn vị hợp lệ.</translation>
        </message>
        <message>
            <source>{path} must start with the columns {expected}.</source>
            <translation>Tệp {path} phải bắt đầu bằng các cột {expected}.</translation>
        </message>
        <message>
            <source>{path} is empty.</source>
            <translation>Tệp {path} không có dữ liệu.</translation>
        </message>
        <message>
            <source>'{period}' is not a period: write 2026-10, 2026-Q4, 2026-H1, 2026 or 2026-10-05.</source>
            <translation>'{period}' không phải là kỳ báo cáo: hãy viết dạng 2026-10, 2026-Q4, 2026-H1, 2026 hoặc 2026-10-05.</translation>
        </message>
        <message>
            <source>A {kind} report cannot cover the period {period}.</source>
            <translation>Báo cáo loại {kind} không thể dùng cho kỳ {period}.</translation>
        </message>
        <message>
            <source>Cannot read {path}.</source>
            <translation>Không đọc được tệp {path}.</translation>
        </message>
        <message>
            <source>{path} is too large (limit {limit}).</source>
            <translation>Tệp {path} quá lớn (giới hạn {limit}).</translation>
        </message>
        <message>
            <source>{path} is not valid JSON.</source>
            <translation>Tệp {path} không phải là JSON hợp lệ.</translation>
        </message>
        <message>
            <source>{path} is not UTF-8 text.</source>
            <translation>Tệp {path} không phải là văn bản UTF-8.</translation>
        </message>
        <message>
            <source>{path} is not an Excel (.xlsx) workbook.</source>
            <translation>Tệp {path} không phải là bảng tính Excel (.xlsx).</translation>
        </message>
        <message>
            <source>{path}: only .csv and .xlsx are supported.</source>
            <translation>{path}: chỉ hỗ trợ tệp .csv và .xlsx.</translation>
        </message>
        <message>
            <source>The report data does not fit the schema at {path}.</source>
            <translation>Dữ liệu báo cáo không đúng cấu trúc tại {path}.</translation>
        </message>
        <message>
            <source>Cannot write {path}.</source>
            <translation>Không ghi được tệp {path}.</translation>
        </message>
        <message>
            <source>{path} is a folder; give a file name.</source>
            <translation>{path} là một thư mục; hãy cho biết tên tệp.</translation>
        </message>
        <message>
            <source>The data folder {path} is already open in another DLXH window or command.</source>
            <translation>Thư mục dữ liệu {path} đang được mở trong một cửa sổ hoặc một lệnh DLXH khác.</translation>
        </message>
        <message>
            <source>The data folder {path} cannot be written.</source>
            <translation>Không ghi được vào thư mục dữ liệu {path}.</translation>
        </message>
        <message>
            <source>The database is busy (locked by another program).</source>
            <translation>Cơ sở dữ liệu đang bận (bị một chương trình khác khóa).</translation>
        </message>
        <message>
            <source>The database is read-only; nothing was changed.</source>
            <translation>Cơ sở dữ liệu chỉ cho phép đọc; chưa có gì bị thay đổi.</translation>
        </message>
        <message>
            <source>The disk is full; nothing was changed.</source>
            <translation>Ổ đĩa đã đầy; chưa có gì bị thay đổi.</translation>
        </message>
        <message>
            <source>The database is damaged; restore the newest backup ('dlxh restore').</source>
            <translation>Cơ sở dữ liệu bị hỏng; hãy khôi phục bản sao lưu mới nhất (lệnh 'dlxh restore').</translation>
        </message>
        <message>
            <source>The database was written by a newer version of DLXH Desktop; update the program.</source>
            <translation>Cơ sở dữ liệu được tạo bởi phiên bản DLXH Desktop mới hơn; hãy cập nhật chương trình.</translation>
        </message>
        <message>
            <source>There is no database in {path}.</source>
            <translation>Không có cơ sở dữ liệu trong {path}.</translation>
        </message>
        <message>
            <source>The backup {path} is damaged.</source>
            <translation>Bản sao lưu {path} bị hỏng.</translation>
        </message>
        <message>
            <source>The backup {path} comes from a newer version of DLXH Desktop.</source>
            <translation>Bản sao lưu {path} được tạo bởi phiên bản DLXH Desktop mới hơn.</translation>
        </message>
        <message>
            <source>{path} is not a DLXH Desktop backup.</source>
            <translation>{path} không phải là bản sao lưu của DLXH Desktop.</translation>
        </message>
        <message>
            <source>The restore failed; the database is unchanged.</source>
            <translation>Khôi phục không thành công; cơ sở dữ liệu không thay đổi.</translation>
        </message>
        <message>
            <source>The demo needs an empty data folder; {path} is already set up.</source>
            <translation>Dữ liệu mẫu cần một thư mục dữ liệu trống; {path} đã được thiết lập.</translation>
        </message>
        <message>
            <source>Unit {unit} has no units below it to consolidate.</source>
            <translation>Đơn vị {unit} không có đơn vị trực thuộc nào để tổng hợp.</translation>
        </message>
        <message>
            <source>Unknown document format {format}.</source>
            <translation>Không hỗ trợ định dạng tài liệu {format}.</translation>
        </message>
        <message>
            <source>Say which kind of report: --kind or 'kind' in the JSON.</source>
            <translation>Hãy cho biết loại báo cáo: dùng --kind hoặc trường 'kind' trong JSON.</translation>
        </message>
        <message>
            <source>The JSON is for a {kind} report, but report {report} is of another kind.</source>
            <translation>JSON này dành cho báo cáo loại {kind}, nhưng báo cáo {report} thuộc loại khác.</translation>
        </message>
        <message>
            <source>The JSON is for period {period}, but report {report} covers another period.</source>
            <translation>JSON này dành cho kỳ {period}, nhưng báo cáo {report} thuộc kỳ khác.</translation>
        </message>
    </context>
    <context>
        <name>findings</name>
        <message>
            <source>The general assessment is empty.</source>
            <translation>Chưa có phần đánh giá chung.</translation>
        </message>
        <message>
            <source>A thematic report needs a title.</source>
            <translation>Báo cáo chuyên đề cần có tiêu đề.</translation>
        </message>
        <message>
            <source>A quick report needs at least one incident or opinion stream.</source>
            <translation>Báo cáo nhanh cần có ít nhất một vụ việc hoặc một luồng dư luận.</translation>
        </message>
        <message>
            <source>No opinion stream has been recorded.</source>
            <translation>Chưa ghi nhận luồng dư luận nào.</translation>
        </message>
        <message>
            <source>This text is too long.</source>
            <translation>Đoạn văn bản này quá dài.</translation>
        </message>
        <message>
            <source>Too many rows.</source>
            <translation>Quá nhiều dòng.</translation>
        </message>
        <message>
            <source>An opinion stream has no content.</source>
            <translation>Một luồng dư luận chưa có nội dung.</translation>
        </message>
        <message>
            <source>The topic is not in the catalogue.</source>
            <translation>Chủ đề không có trong danh mục.</translation>
        </message>
        <message>
            <source>A number is negative.</source>
            <translation>Có một số liệu bị âm.</translation>
        </message>
        <message>
            <source>The cause of an opinion stream is missing.</source>
            <translation>Một luồng dư luận chưa nêu nguyên nhân.</translation>
        </message>
        <message>
            <source>No solution is proposed for a stream.</source>
            <translation>Một luồng dư luận chưa có giải pháp đề xuất.</translation>
        </message>
        <message>
            <source>An incident has no title.</source>
            <translation>Một vụ việc chưa có tên.</translation>
        </message>
        <message>
            <source>An incident's date is outside the report's period.</source>
            <translation>Ngày của một vụ việc nằm ngoài kỳ báo cáo.</translation>
        </message>
        <message>
            <source>An incident ends before it starts.</source>
            <translation>Một vụ việc có ngày kết thúc trước ngày bắt đầu.</translation>
        </message>
        <message>
            <source>More workers involved than the enterprise employs.</source>
            <translation>Số người lao động tham gia nhiều hơn tổng số lao động của doanh nghiệp.</translation>
        </message>
        <message>
            <source>A recommendation has no content.</source>
            <translation>Một kiến nghị chưa có nội dung.</translation>
        </message>
        <message>
            <source>A recommendation does not say to whom it is addressed.</source>
            <translation>Một kiến nghị chưa ghi gửi tới ai.</translation>
        </message>
        <message>
            <source>New or trained collaborators exceed the total.</source>
            <translation>Số cộng tác viên mới hoặc đã tập huấn lớn hơn tổng số.</translation>
        </message>
    </context>
</TS>
