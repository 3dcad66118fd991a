<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
    <context>
        <name>DataActions</name>
        <message>
            <source>Back up the data</source>
            <translation>Sao lưu dữ liệu</translation>
        </message>
        <message>
            <source>DLXH backups (*.sqlite)</source>
            <translation>Bản sao lưu DLXH (*.sqlite)</translation>
        </message>
        <message>
            <source>Backing up the data…</source>
            <translation>Đang sao lưu dữ liệu…</translation>
        </message>
        <message>
            <source>The data was backed up.</source>
            <translation>Đã sao lưu dữ liệu.</translation>
        </message>
        <message>
            <source>The copy is in %1. Keep it on another disk or a USB stick; it can be restored with Data → Restore from a backup.</source>
            <translation>Bản sao nằm tại %1. Hãy cất giữ ở ổ đĩa khác hoặc USB; khi cần, khôi phục bằng Dữ liệu → Khôi phục từ bản sao lưu.</translation>
        </message>
        <message>
            <source>Daily backup made: %1</source>
            <translation>Đã sao lưu tự động hằng ngày: %1</translation>
        </message>
        <message>
            <source>The daily backup failed: %1</source>
            <translation>Sao lưu tự động hằng ngày không thành công: %1</translation>
        </message>
        <message>
            <source>Restore from a backup</source>
            <translation>Khôi phục từ bản sao lưu</translation>
        </message>
        <message>
            <source>DLXH backups (*.sqlite);;All files (*)</source>
            <translation>Bản sao lưu DLXH (*.sqlite);;Mọi tệp (*)</translation>
        </message>
        <message>
            <source>Replace the data by the backup %1?</source>
            <translation>Thay dữ liệu hiện tại bằng bản sao lưu %1?</translation>
        </message>
        <message>
            <source>The current data is not deleted: it is kept aside in the data folder, in a file whose name starts with 'dlxh.sqlite.before-restore'. Anything entered after the backup was made will not be in the restored data.</source>
            <translation>Dữ liệu hiện tại không bị xóa: chương trình cất riêng nó trong thư mục dữ liệu, ở tệp có tên bắt đầu bằng 'dlxh.sqlite.before-restore'. Những gì nhập sau thời điểm sao lưu sẽ không có trong dữ liệu được khôi phục.</translation>
        </message>
        <message>
            <source>Restoring the data…</source>
            <translation>Đang khôi phục dữ liệu…</translation>
        </message>
        <message>
            <source>The backup was not restored.</source>
            <translation>Chưa khôi phục bản sao lưu.</translation>
        </message>
        <message>
            <source>The data was not changed.</source>
            <translation>Dữ liệu không bị thay đổi.</translation>
        </message>
        <message>
            <source>The data was restored from the backup.</source>
            <translation>Đã khôi phục dữ liệu từ bản sao lưu.</translation>
        </message>
        <message>
            <source>The previous data is kept in %1.</source>
            <translation>Dữ liệu trước khi khôi phục được giữ tại %1.</translation>
        </message>
        <message>
            <source>Checking the data…</source>
            <translation>Đang kiểm tra dữ liệu…</translation>
        </message>
        <message>
            <source>The data has no errors.</source>
            <translation>Dữ liệu không có lỗi.</translation>
        </message>
        <message>
            <source>The whole database was checked.</source>
            <translation>Đã kiểm tra toàn bộ cơ sở dữ liệu.</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) found, for example: %1</source>
            <translation>
                <numerusform>Phát hiện %n lỗi, ví dụ: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>The data is damaged.</source>
            <translation>Dữ liệu bị hỏng.</translation>
        </message>
        <message>
            <source>There is no good backup to restore. Do not enter anything more; ask the person in charge of computers for help. Data folder: %1</source>
            <translation>Không có bản sao lưu tốt nào để khôi phục. Đừng nhập thêm gì; hãy nhờ cán bộ phụ trách máy tính hỗ trợ. Thư mục dữ liệu: %1</translation>
        </message>
        <message>
            <source>The data is damaged</source>
            <translation>Dữ liệu bị hỏng</translation>
        </message>
        <message>
            <source>Restore the newest good backup (%1)? The damaged data is kept aside, not deleted.</source>
            <translation>Khôi phục bản sao lưu tốt gần nhất (%1)? Dữ liệu bị hỏng được cất riêng, không bị xóa.</translation>
        </message>
        <message>
            <source>The backups are in %1.</source>
            <translation>Các bản sao lưu nằm tại %1.</translation>
        </message>
    </context>
    <context>
        <name>Launcher</name>
        <message>
            <source>Restored from the newest good backup; the damaged data is kept in %1.</source>
            <translation>Đã khôi phục từ bản sao lưu tốt gần nhất; dữ liệu bị hỏng được giữ tại %1.</translation>
        </message>
        <message>
            <source>DLXH Desktop cannot start</source>
            <translation>Không thể khởi động DLXH Desktop</translation>
        </message>
        <message>
            <source>The data is damaged, so DLXH Desktop did not open it (opening it could lose more). Nothing was changed.</source>
            <translation>Dữ liệu bị hỏng nên DLXH Desktop không mở (mở ra có thể làm mất thêm dữ liệu). Chưa có gì bị thay đổi.</translation>
        </message>
        <message>
            <source>There is no good backup to restore. Ask the person in charge of computers for help and keep the data folder as it is: %1</source>
            <translation>Không có bản sao lưu tốt nào để khôi phục. Hãy nhờ cán bộ phụ trách máy tính hỗ trợ và giữ nguyên thư mục dữ liệu: %1</translation>
        </message>
        <message>
            <source>The data is damaged</source>
            <translation>Dữ liệu bị hỏng</translation>
        </message>
        <message>
            <source>Restore the newest good backup, made %1 (%2)? The damaged data is kept aside in the data folder, not deleted; what was entered after that backup is not in it. No closes the program.</source>
            <translation>Khôi phục bản sao lưu tốt gần nhất, tạo lúc %1 (%2)? Dữ liệu bị hỏng được cất riêng trong thư mục dữ liệu, không bị xóa; những gì nhập sau bản sao lưu đó sẽ không có. Chọn Không để đóng chương trình.</translation>
        </message>
        <message>
            <source>Restoring the data…</source>
            <translation>Đang khôi phục dữ liệu…</translation>
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
            <source>Press Ctrl+N (File → New report…) to write the first one.</source>
            <translation>Bấm Ctrl+N (Tệp → Báo cáo mới…) để viết báo cáo đầu tiên.</translation>
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
            <source>&amp;Import packages…</source>
            <translation>&amp;Nhập gói dữ liệu…</translation>
        </message>
        <message>
            <source>Import report packages, receipts or a directory (.dlxh files)</source>
            <translation>Nhập gói báo cáo, biên nhận hoặc danh bạ (tệp .dlxh)</translation>
        </message>
        <message>
            <source>&amp;Data</source>
            <translation>&amp;Dữ liệu</translation>
        </message>
        <message>
            <source>&amp;Back up now…</source>
            <translation>&amp;Sao lưu ngay…</translation>
        </message>
        <message>
            <source>Save a copy of all the data in a file</source>
            <translation>Lưu một bản sao toàn bộ dữ liệu vào một tệp</translation>
        </message>
        <message>
            <source>&amp;Restore from a backup…</source>
            <translation>&amp;Khôi phục từ bản sao lưu…</translation>
        </message>
        <message>
            <source>Replace the data by a backup; the current data is kept aside</source>
            <translation>Thay dữ liệu bằng một bản sao lưu; dữ liệu hiện tại được cất riêng</translation>
        </message>
        <message>
            <source>&amp;Check the data</source>
            <translation>&amp;Kiểm tra dữ liệu</translation>
        </message>
        <message>
            <source>Look for damage in the database</source>
            <translation>Tìm lỗi hỏng trong cơ sở dữ liệu</translation>
        </message>
        <message>
            <source>&amp;Open the backup folder</source>
            <translation>&amp;Mở thư mục sao lưu</translation>
        </message>
        <message>
            <source>Show the automatic daily backups in the file manager</source>
            <translation>Xem các bản sao lưu tự động hằng ngày trong trình quản lý tệp</translation>
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
        <message>
            <source>Opening the data…</source>
            <translation>Đang mở dữ liệu…</translation>
        </message>
        <message>
            <source>The data was not opened.</source>
            <translation>Dữ liệu chưa được mở.</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Xem</translation>
        </message>
        <message>
            <source>Received reports</source>
            <translation>Báo cáo nhận được</translation>
        </message>
        <message>
            <source>Submission status</source>
            <translation>Tình hình nộp báo cáo</translation>
        </message>
        <message>
            <source>The reports this unit wrote (Ctrl+1)</source>
            <translation>Các báo cáo do đơn vị mình lập (Ctrl+1)</translation>
        </message>
        <message>
            <source>Reports the units below sent to this unit (Ctrl+2)</source>
            <translation>Báo cáo các đơn vị cấp dưới gửi lên (Ctrl+2)</translation>
        </message>
        <message>
            <source>Which units below sent the report of a month, and when (Ctrl+3)</source>
            <translation>Đơn vị cấp dưới nào đã nộp báo cáo của một tháng, và nộp ngày nào (Ctrl+3)</translation>
        </message>
        <message>
            <source>&amp;New report…</source>
            <translation>Báo cáo &amp;mới…</translation>
        </message>
        <message>
            <source>Start writing a new report (a draft)</source>
            <translation>Bắt đầu viết một báo cáo mới (bản nháp)</translation>
        </message>
        <message>
            <source>&amp;Edit the report</source>
            <translation>&amp;Sửa báo cáo</translation>
        </message>
        <message>
            <source>Open the selected draft for writing</source>
            <translation>Mở bản nháp đang chọn để viết tiếp</translation>
        </message>
    </context>
    <context>
        <name>NewReportDialog</name>
        <message>
            <source>New report</source>
            <translation>Báo cáo mới</translation>
        </message>
        <message>
            <source>e.g. 2026-11, 2026-11-08, 2026-Q4, 2026</source>
            <translation>ví dụ: 2026-11, 2026-11-08, 2026-Q4, 2026</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Loại:</translation>
        </message>
        <message>
            <source>&amp;Period:</source>
            <translation>&amp;Kỳ báo cáo:</translation>
        </message>
        <message>
            <source>This period is not written as expected.</source>
            <translation>Kỳ báo cáo chưa viết đúng dạng.</translation>
        </message>
        <message>
            <source>This kind of report does not take such a period.</source>
            <translation>Loại báo cáo này không dùng kỳ như vậy.</translation>
        </message>
    </context>
    <context>
        <name>PackageImports</name>
        <message>
            <source>Import packages</source>
            <translation>Nhập gói dữ liệu</translation>
        </message>
        <message>
            <source>DLXH packages (*.dlxh);;All files (*)</source>
            <translation>Gói dữ liệu DLXH (*.dlxh);;Mọi tệp (*)</translation>
        </message>
        <message>
            <source>Importing packages…</source>
            <translation>Đang nhập gói dữ liệu…</translation>
        </message>
        <message>
            <source>Importing packages: %1 of %2 done (%3)</source>
            <translation>Đang nhập gói dữ liệu: xong %1/%2 (%3)</translation>
        </message>
        <message>
            <source>Import cancelled: nothing was imported.</source>
            <translation>Đã hủy: chưa nhập gói nào.</translation>
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
        <name>ReportEditorController</name>
        <message>
            <source>issuing body</source>
            <translation>cơ quan ban hành</translation>
        </message>
        <message>
            <source>symbol in numbers</source>
            <translation>ký hiệu trong số văn bản</translation>
        </message>
        <message>
            <source>place name</source>
            <translation>địa danh</translation>
        </message>
        <message>
            <source>signer&apos;s position</source>
            <translation>chức vụ người ký</translation>
        </message>
        <message>
            <source>signer</source>
            <translation>người ký</translation>
        </message>
        <message>
            <source>Export as PDF</source>
            <translation>Xuất ra PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Tài liệu PDF (*.pdf)</translation>
        </message>
        <message>
            <source>General assessment</source>
            <translation>Đánh giá chung</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Tiêu đề</translation>
        </message>
        <message>
            <source>Forecast</source>
            <translation>Dự báo</translation>
        </message>
        <message>
            <source>Tasks and solutions</source>
            <translation>Nhiệm vụ, giải pháp</translation>
        </message>
        <message>
            <source>Difficulties</source>
            <translation>Khó khăn, vướng mắc</translation>
        </message>
        <message>
            <source>Opinion stream %1</source>
            <translation>Luồng dư luận %1</translation>
        </message>
        <message>
            <source>Incident %1</source>
            <translation>Vụ việc %1</translation>
        </message>
        <message>
            <source>Recommendation %1</source>
            <translation>Kiến nghị %1</translation>
        </message>
        <message>
            <source>Collaborators</source>
            <translation>Cộng tác viên</translation>
        </message>
        <message>
            <source>Unit settings</source>
            <translation>Thiết lập của đơn vị</translation>
        </message>
        <message>
            <source>content</source>
            <translation>nội dung</translation>
        </message>
        <message>
            <source>topic</source>
            <translation>chủ đề</translation>
        </message>
        <message>
            <source>cause</source>
            <translation>nguyên nhân</translation>
        </message>
        <message>
            <source>proposed solution</source>
            <translation>giải pháp đề xuất</translation>
        </message>
        <message>
            <source>title</source>
            <translation>tiêu đề</translation>
        </message>
        <message>
            <source>start date</source>
            <translation>ngày bắt đầu</translation>
        </message>
        <message>
            <source>end date</source>
            <translation>ngày kết thúc</translation>
        </message>
        <message>
            <source>workers involved</source>
            <translation>số người tham gia</translation>
        </message>
        <message>
            <source>addressee</source>
            <translation>nơi nhận kiến nghị</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Lỗi</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Lưu ý</translation>
        </message>
        <message>
            <source>Finalize the report</source>
            <translation>Hoàn thành báo cáo</translation>
        </message>
        <message>
            <source>Finalize this report now?</source>
            <translation>Hoàn thành báo cáo này ngay bây giờ?</translation>
        </message>
        <message>
            <source>It gets its document number and can no longer be changed; a correction is then made as a new revision.</source>
            <translation>Báo cáo sẽ được cấp số văn bản và không sửa được nữa; muốn sửa thì phải làm lần sửa đổi mới.</translation>
        </message>
        <message>
            <source>Finalizing the report…</source>
            <translation>Đang hoàn thành báo cáo…</translation>
        </message>
        <message>
            <source>Writing the PDF…</source>
            <translation>Đang ghi tệp PDF…</translation>
        </message>
        <message>
            <source>Saved at %1</source>
            <translation>Đã lưu lúc %1</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Chưa lưu được: %1</translation>
        </message>
        <message>
            <source>No problem found: the report can be finalized.</source>
            <translation>Không thấy vấn đề gì: có thể hoàn thành báo cáo.</translation>
        </message>
        <message>
            <source>Finalized as number %1</source>
            <translation>Đã hoàn thành, số %1</translation>
        </message>
        <message>
            <source>PDF written: %1</source>
            <translation>Đã ghi tệp PDF: %1</translation>
        </message>
        <message>
            <source>Number %1</source>
            <translation>Số %1</translation>
        </message>
        <message>
            <source>This report is %1 and can no longer be changed.</source>
            <translation>Báo cáo này ở trạng thái %1, không sửa được nữa.</translation>
        </message>
    </context>
    <context>
        <name>ReportEditorView</name>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Tiêu đề:</translation>
        </message>
        <message>
            <source>Required for a thematic report</source>
            <translation>Bắt buộc đối với báo cáo chuyên đề</translation>
        </message>
        <message>
            <source>&amp;General assessment</source>
            <translation>Đánh &amp;giá chung</translation>
        </message>
        <message>
            <source>&amp;Opinion streams</source>
            <translation>&amp;Luồng dư luận</translation>
        </message>
        <message>
            <source>&amp;Incidents</source>
            <translation>&amp;Vụ việc</translation>
        </message>
        <message>
            <source>&amp;Recommendations</source>
            <translation>Kiến &amp;nghị</translation>
        </message>
        <message>
            <source>&amp;Forecast and tasks</source>
            <translation>&amp;Dự báo, nhiệm vụ</translation>
        </message>
        <message>
            <source>General assessment</source>
            <translation>Đánh giá chung</translation>
        </message>
        <message>
            <source>Forecast:</source>
            <translation>Dự báo:</translation>
        </message>
        <message>
            <source>Tasks and solutions:</source>
            <translation>Nhiệm vụ, giải pháp:</translation>
        </message>
        <message>
            <source>Difficulties:</source>
            <translation>Khó khăn, vướng mắc:</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Chủ đề</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>Nội dung</translation>
        </message>
        <message>
            <source>Trend</source>
            <translation>Chiều hướng</translation>
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
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Tiêu đề</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Ngày bắt đầu</translation>
        </message>
        <message>
            <source>Enterprise</source>
            <translation>Doanh nghiệp</translation>
        </message>
        <message>
            <source>Workers involved</source>
            <translation>Số người tham gia</translation>
        </message>
        <message>
            <source>Workforce</source>
            <translation>Tổng số lao động</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Tình trạng</translation>
        </message>
        <message>
            <source>Addressee</source>
            <translation>Kiến nghị với</translation>
        </message>
        <message>
            <source>Add a row</source>
            <translation>Thêm dòng</translation>
        </message>
        <message>
            <source>Remove the row</source>
            <translation>Xóa dòng</translation>
        </message>
        <message>
            <source>&amp;Check</source>
            <translation>Kiểm &amp;tra</translation>
        </message>
        <message>
            <source>Fi&amp;nalize…</source>
            <translation>&amp;Hoàn thành…</translation>
        </message>
        <message>
            <source>Export &amp;PDF…</source>
            <translation>Xuất &amp;PDF…</translation>
        </message>
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
        <name>import</name>
        <message>
            <source>a new report was saved</source>
            <translation>đã lưu báo cáo mới</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s)</source>
            <translation>
                <numerusform>%n tệp</numerusform>
            </translation>
        </message>
        <message>
            <source>Package import results</source>
            <translation>Kết quả nhập gói dữ liệu</translation>
        </message>
        <message>
            <source>File name</source>
            <translation>Tên tệp</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Kết quả</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Lý do</translation>
        </message>
        <message>
            <source>Sending unit</source>
            <translation>Đơn vị gửi</translation>
        </message>
        <message>
            <source>Sender's key fingerprint</source>
            <translation>Mã nhận dạng khóa của đơn vị gửi</translation>
        </message>
        <message>
            <source>Import results, one row per file</source>
            <translation>Kết quả nhập, mỗi tệp một dòng</translation>
        </message>
        <message>
            <source>Imported packages are kept unchanged in the archive of the data folder. Compare an unknown sender's key fingerprint by phone before trusting it.</source>
            <translation>Các gói đã nhập được lưu nguyên vẹn trong kho lưu trữ của thư mục dữ liệu. Với đơn vị gửi chưa biết, hãy đối chiếu mã nhận dạng khóa qua điện thoại trước khi tin dùng.</translation>
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
        <message>
            <source>Sent on time</source>
            <translation>Đúng hạn</translation>
        </message>
        <message>
            <source>Sent late</source>
            <translation>Nộp muộn</translation>
        </message>
        <message>
            <source>Not sent yet — before the deadline</source>
            <translation>Chưa nộp — còn hạn</translation>
        </message>
        <message>
            <source>Not sent yet — deadline soon</source>
            <translation>Chưa nộp — sắp hết hạn</translation>
        </message>
        <message>
            <source>Not sent — past the deadline</source>
            <translation>Chưa nộp — đã quá hạn</translation>
        </message>
    </context>
    <context>
        <name>prompts</name>
        <message>
            <source>This computer has no system keyring, so this unit's keys are kept in a file protected by a passphrase. Type the passphrase of the key file:</source>
            <translation>Máy này không có kho khóa hệ thống nên khóa của đơn vị được lưu trong một tệp có mật khẩu bảo vệ. Hãy nhập mật khẩu của tệp khóa:</translation>
        </message>
        <message>
            <source>Passphrase of the key file</source>
            <translation>Mật khẩu tệp khóa</translation>
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
            <source>Nothing to change: give at least one setting.</source>
            <translation>Không có gì để thay đổi: hãy cho ít nhất một thiết lập.</translation>
        </message>
        <message>
            <source>A document number must be between 1 and 9999.</source>
            <translation>Số văn bản phải từ 1 đến 9999.</translation>
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
        <message>
            <source>This unit has no keys yet: set it up first.</source>
            <translation>Đơn vị này chưa có khóa: hãy thiết lập đơn vị trước.</translation>
        </message>
        <message>
            <source>This unit's private keys are missing: restore them from the key backup ('dlxh keys restore FILE').</source>
            <translation>Không tìm thấy khóa bí mật của đơn vị: hãy khôi phục từ bản sao lưu khóa ('dlxh keys restore TỆP').</translation>
        </message>
        <message>
            <source>The keys from before the last rotation are missing; restore them from a backup.</source>
            <translation>Không tìm thấy các khóa trước lần thay khóa gần nhất; hãy khôi phục từ bản sao lưu.</translation>
        </message>
        <message>
            <source>This data folder already has keys; they were not replaced.</source>
            <translation>Thư mục dữ liệu này đã có khóa; khóa cũ không bị thay thế.</translation>
        </message>
        <message>
            <source>The stored private keys (key id {key_id}) are not this unit's registered keys.</source>
            <translation>Khóa bí mật đang lưu (mã khóa {key_id}) không phải là khóa đã đăng ký của đơn vị này.</translation>
        </message>
        <message>
            <source>No keyring is available, so the keys are in a passphrase-protected file in {path}: run this in a terminal to type the passphrase, or set DLXH_KEY_PASSPHRASE. Nothing was changed. Lost the passphrase? Restore the key backup ('dlxh keys restore FILE').</source>
            <translation>Máy không có kho khóa hệ thống nên khóa được lưu trong tệp có mật khẩu tại {path}: hãy chạy lệnh này trong cửa sổ dòng lệnh để nhập mật khẩu, hoặc đặt biến DLXH_KEY_PASSPHRASE. Chưa có gì bị thay đổi. Quên mật khẩu? Hãy khôi phục bản sao lưu khóa ('dlxh keys restore TỆP').</translation>
        </message>
        <message>
            <source>A passphrase is needed for the key file; nothing was changed.</source>
            <translation>Cần mật khẩu cho tệp khóa; chưa có gì bị thay đổi.</translation>
        </message>
        <message>
            <source>The passphrase needs at least 8 characters.</source>
            <translation>Mật khẩu phải có ít nhất 8 ký tự.</translation>
        </message>
        <message>
            <source>Wrong passphrase (or a damaged key file); nothing was changed.</source>
            <translation>Sai mật khẩu (hoặc tệp khóa bị hỏng); chưa có gì bị thay đổi.</translation>
        </message>
        <message>
            <source>The stored keys are damaged; restore the key backup.</source>
            <translation>Khóa đang lưu bị hỏng; hãy khôi phục bản sao lưu khóa.</translation>
        </message>
        <message>
            <source>The key file is damaged; restore the key backup.</source>
            <translation>Tệp khóa bị hỏng; hãy khôi phục bản sao lưu khóa.</translation>
        </message>
        <message>
            <source>The system keyring refused access; is it locked?</source>
            <translation>Kho khóa hệ thống từ chối truy cập; kho khóa có đang bị khóa không?</translation>
        </message>
        <message>
            <source>No system keyring is available.</source>
            <translation>Máy không có kho khóa hệ thống.</translation>
        </message>
        <message>
            <source>{path} is not a DLXH key backup.</source>
            <translation>{path} không phải là bản sao lưu khóa DLXH.</translation>
        </message>
        <message>
            <source>This key backup belongs to unit {unit}, not to {own}; nothing was changed.</source>
            <translation>Bản sao lưu khóa này của đơn vị {unit}, không phải của {own}; chưa có gì bị thay đổi.</translation>
        </message>
        <message>
            <source>This key backup holds other keys (key id {key_id}) than this unit's.</source>
            <translation>Bản sao lưu khóa này chứa khóa khác (mã khóa {key_id}) với khóa của đơn vị.</translation>
        </message>
        <message>
            <source>This unit has no parent (it is the top unit, or not joined with 'setup unit').</source>
            <translation>Đơn vị này không có cấp trên (là đơn vị cao nhất, hoặc chưa tham gia bằng lệnh 'setup unit').</translation>
        </message>
        <message>
            <source>Unit {unit} has no registered key: import its enrollment first.</source>
            <translation>Đơn vị {unit} chưa có khóa đăng ký: hãy nhập hồ sơ đăng ký của đơn vị trước.</translation>
        </message>
        <message>
            <source>The package would be larger than allowed.</source>
            <translation>Gói dữ liệu sẽ vượt quá dung lượng cho phép.</translation>
        </message>
        <message>
            <source>Report {report} was written by unit {unit}; only a unit's own reports are sent.</source>
            <translation>Báo cáo {report} do đơn vị {unit} lập; mỗi đơn vị chỉ gửi báo cáo của chính mình.</translation>
        </message>
        <message>
            <source>Report {report} is a draft: finalize it before sending ('dlxh report finalize').</source>
            <translation>Báo cáo {report} còn là bản nháp: hãy hoàn thành trước khi gửi ('dlxh report finalize').</translation>
        </message>
        <message>
            <source>Report {report} has a newer revision; send that one.</source>
            <translation>Báo cáo {report} đã có lần sửa đổi mới hơn; hãy gửi bản đó.</translation>
        </message>
        <message>
            <source>Only the top unit sets the recovery key; others take it from their parent.</source>
            <translation>Chỉ đơn vị cao nhất đặt khóa khôi phục; các đơn vị khác nhận khóa này từ cấp trên.</translation>
        </message>
        <message>
            <source>The recovery key is not an age1… key.</source>
            <translation>Khóa khôi phục không phải là khóa dạng age1….</translation>
        </message>
        <message>
            <source>Unit {unit} is not a direct member of {parent}'s directory; ask {parent} to add it.</source>
            <translation>Đơn vị {unit} không có trong danh bạ trực thuộc của {parent}; hãy đề nghị {parent} bổ sung.</translation>
        </message>
        <message>
            <source>Confirm the fingerprint of {unit} (read by phone or from the official letter): pass --fingerprint or run in a terminal.</source>
            <translation>Hãy xác nhận mã nhận dạng khóa của {unit} (đọc qua điện thoại hoặc theo công văn): dùng --fingerprint hoặc chạy lệnh trong cửa sổ dòng lệnh.</translation>
        </message>
        <message>
            <source>The fingerprint does not match {unit}'s key: do not use this file; call the sender. Nothing was changed.</source>
            <translation>Mã nhận dạng không khớp với khóa của {unit}: không dùng tệp này; hãy gọi điện cho nơi gửi. Chưa có gì bị thay đổi.</translation>
        </message>
        <message>
            <source>{path} is not an enrollment request.</source>
            <translation>{path} không phải là hồ sơ đăng ký đơn vị.</translation>
        </message>
        <message>
            <source>Unit {unit} is not in the unit tree: add it ('dlxh units add') before enrolling.</source>
            <translation>Đơn vị {unit} chưa có trong danh sách đơn vị: hãy thêm ('dlxh units add') trước khi đăng ký.</translation>
        </message>
        <message>
            <source>Unit {unit} is not directly under {own}; it enrolls with its own parent.</source>
            <translation>Đơn vị {unit} không trực thuộc {own}; đơn vị này đăng ký với cấp trên trực tiếp của mình.</translation>
        </message>
        <message>
            <source>Unit {unit} already has a registered key; a new key needs a rotation by the old one, or revoke the old key first ('dlxh keys revoke {unit}').</source>
            <translation>Đơn vị {unit} đã có khóa đăng ký; khóa mới phải được khóa cũ xác nhận khi thay khóa, hoặc thu hồi khóa cũ trước ('dlxh keys revoke {unit}').</translation>
        </message>
        <message>
            <source>The key rotation of {unit} is not certified by its registered key.</source>
            <translation>Việc thay khóa của {unit} không được khóa đã đăng ký xác nhận.</translation>
        </message>
        <message>
            <source>No .dlxh file was found to import.</source>
            <translation>Không tìm thấy tệp .dlxh nào để nhập.</translation>
        </message>
        <message>
            <source>No received report is waiting for a receipt (use --all to send them again).</source>
            <translation>Không có báo cáo đã nhận nào đang chờ biên nhận (dùng --all để gửi lại tất cả).</translation>
        </message>
        <message>
            <source>Cannot keep the original in the archive ({path}); nothing was imported.</source>
            <translation>Không lưu được bản gốc vào kho lưu trữ ({path}); chưa nhập gì.</translation>
        </message>
        <message>
            <source>{path} is not a receipt.</source>
            <translation>{path} không phải là biên nhận.</translation>
        </message>
        <message>
            <source>Cannot write {path}; nothing was left there.</source>
            <translation>Không ghi được {path}; không để lại tệp dở dang nào.</translation>
        </message>
        <message>
            <source>{path} did not read back correctly (removed); try another disk or USB stick.</source>
            <translation>{path} đọc lại không đúng (đã xóa); hãy thử ổ đĩa hoặc USB khác.</translation>
        </message>
        <message>
            <source>The two passphrases differ; try again.</source>
            <translation>Hai lần nhập mật khẩu không giống nhau; hãy thử lại.</translation>
        </message>
        <message>
            <source>'{name}' cannot be attached: use a plain file name ending in .pdf, .docx, .jpg...</source>
            <translation>Không thể đính kèm '{name}': hãy dùng tên tệp thông thường có đuôi .pdf, .docx, .jpg...</translation>
        </message>
        <message>
            <source>A file named '{name}' is already attached.</source>
            <translation>Đã có một tệp tên '{name}' được đính kèm.</translation>
        </message>
        <message>
            <source>A report can carry at most {limit} files.</source>
            <translation>Một báo cáo chỉ được đính kèm tối đa {limit} tệp.</translation>
        </message>
        <message>
            <source>The attached files would exceed {limit} in total.</source>
            <translation>Tổng dung lượng các tệp đính kèm sẽ vượt quá {limit}.</translation>
        </message>
        <message>
            <source>Report {report} has no attached file '{name}'.</source>
            <translation>Báo cáo {report} không có tệp đính kèm '{name}'.</translation>
        </message>
        <message>
            <source>The stored copy of '{name}' is damaged; attach the file again.</source>
            <translation>Bản lưu của '{name}' bị hỏng; hãy đính kèm lại tệp.</translation>
        </message>
        <message>
            <source>Cannot store the attached file in {path}.</source>
            <translation>Không lưu được tệp đính kèm vào {path}.</translation>
        </message>
        <message>
            <source>The calendar and topics come from the parent's directory: the top unit changes them.</source>
            <translation>Lịch báo cáo và danh mục chủ đề do cấp trên gửi xuống trong danh bạ đơn vị: chỉ đơn vị cấp cao nhất được thay đổi.</translation>
        </message>
        <message>
            <source>That calendar is not possible ({field}).</source>
            <translation>Lịch báo cáo này không hợp lệ ({field}).</translation>
        </message>
        <message>
            <source>A topic needs a label.</source>
            <translation>Chủ đề cần có tên.</translation>
        </message>
        <message>
            <source>Topic code '{topic}' is not valid: use letters, digits and '-'.</source>
            <translation>Mã chủ đề '{topic}' không hợp lệ: chỉ dùng chữ, số và dấu '-'.</translation>
        </message>
        <message>
            <source>There is no topic {topic}.</source>
            <translation>Không có chủ đề {topic}.</translation>
        </message>
        <message>
            <source>No held package has the number {id}.</source>
            <translation>Không có gói nào đang bị giữ lại mang số {id}.</translation>
        </message>
        <message>
            <source>Package {id} cannot be released here. An enrollment is imported with 'dlxh enroll import FILE' once its fingerprint is checked; of two packages with the same number, ask the sender which one is genuine and drop the other ('dlxh quarantine drop ID').</source>
            <translation>Không thể cho nhập gói {id} tại đây. Gói đăng ký được nhập bằng lệnh 'dlxh enroll import FILE' sau khi đã đối chiếu mã nhận dạng; nếu có hai gói cùng số thứ tự, hãy hỏi nơi gửi gói nào là thật rồi loại bỏ gói kia ('dlxh quarantine drop ID').</translation>
        </message>
        <message>
            <source>The kept copy of held package {id} is missing ({path}), so it cannot be released: ask the sender to send the package again.</source>
            <translation>Không còn bản lưu của gói đang bị giữ lại {id} ({path}) nên không thể cho nhập: hãy đề nghị nơi gửi gửi lại gói này.</translation>
        </message>
        <message>
            <source>The stored copy of '{name}' is missing; attach the file again.</source>
            <translation>Không tìm thấy bản lưu của '{name}'; hãy đính kèm lại tệp.</translation>
        </message>
        <message>
            <source>The database cannot be opened: check that the data folder is still there and can be read, then try again.</source>
            <translation>Không mở được cơ sở dữ liệu: hãy kiểm tra thư mục dữ liệu vẫn còn và đọc được, rồi thử lại.</translation>
        </message>
        <message>
            <source>The database reported an unexpected problem; nothing was changed. Try again, and if it happens again, copy the data folder and report the problem.</source>
            <translation>Cơ sở dữ liệu gặp sự cố ngoài dự kiến; chưa có gì thay đổi. Hãy thử lại; nếu vẫn lỗi, hãy sao chép thư mục dữ liệu và báo lại sự cố.</translation>
        </message>
        <message>
            <source>The backup {path} could not be made; nothing was changed. Check that the disk has free space and the folder can be written, then try again.</source>
            <translation>Không tạo được bản sao lưu {path}; chưa có gì thay đổi. Hãy kiểm tra ổ đĩa còn chỗ trống và thư mục cho phép ghi, rồi thử lại.</translation>
        </message>
        <message>
            <source>The period {period} is not a single day: give a date such as 2026-10-05.</source>
            <translation>Kỳ {period} không phải là một ngày: hãy nhập một ngày, ví dụ 2026-10-05.</translation>
        </message>
        <message>
            <source>Revision {revision} is not valid: revisions are numbered from 1.</source>
            <translation>Lần sửa đổi {revision} không hợp lệ: các lần sửa đổi được đánh số từ 1.</translation>
        </message>
        <message>
            <source>Topic {topic} appears twice: each topic code may be used only once.</source>
            <translation>Chủ đề {topic} xuất hiện hai lần: mỗi mã chủ đề chỉ được dùng một lần.</translation>
        </message>
        <message>
            <source>A topic in the list is incomplete: each topic needs a code and a label.</source>
            <translation>Một chủ đề trong danh sách còn thiếu thông tin: mỗi chủ đề cần có mã và tên.</translation>
        </message>
        <message>
            <source>The data in the file is damaged or was not written by DLXH Desktop; ask the sender for a new copy.</source>
            <translation>Dữ liệu trong tệp bị hỏng hoặc không phải do DLXH Desktop tạo ra; hãy đề nghị nơi gửi gửi lại bản mới.</translation>
        </message>
        <message>
            <source>A public key is damaged or is not a DLXH key; nothing was changed. If it came in a file, ask the sender for a new copy.</source>
            <translation>Một khóa công khai bị hỏng hoặc không phải là khóa của DLXH; chưa có gì thay đổi. Nếu khóa này đến từ một tệp, hãy đề nghị nơi gửi gửi lại bản mới.</translation>
        </message>
        <message>
            <source>This unit has a parent, which must learn the new key: give a file to send it ('dlxh keys rotate --out FILE').</source>
            <translation>Đơn vị này có đơn vị cấp trên, nơi cần được biết khóa mới: hãy chỉ định tệp để gửi lên ('dlxh keys rotate --out FILE').</translation>
        </message>
        <message>
            <source>This package cannot be used: {reason}.</source>
            <translation>Không thể dùng gói này: {reason}.</translation>
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
            <source>A unit setting for the document header or signature is empty (shown as a placeholder).</source>
            <translation>Một thiết lập của đơn vị cho phần đầu văn bản hoặc chữ ký còn trống (đang hiện chỗ điền tạm).</translation>
        </message>
        <message>
            <source>New or trained collaborators exceed the total.</source>
            <translation>Số cộng tác viên mới hoặc đã tập huấn lớn hơn tổng số.</translation>
        </message>
    </context>
    <context>
        <name>verdicts</name>
        <message>
            <source>imported</source>
            <translation>đã nhập</translation>
        </message>
        <message>
            <source>a newer revision; the older one stays readable</source>
            <translation>lần sửa đổi mới hơn; bản cũ vẫn xem được</translation>
        </message>
        <message>
            <source>this package was imported before; nothing changed</source>
            <translation>gói này đã được nhập trước đây; không có gì thay đổi</translation>
        </message>
        <message>
            <source>this revision of the report is already here</source>
            <translation>lần sửa đổi này của báo cáo đã có</translation>
        </message>
        <message>
            <source>the parent's directory was updated</source>
            <translation>đã cập nhật danh bạ của cấp trên</translation>
        </message>
        <message>
            <source>the parent's new key was certified and saved</source>
            <translation>khóa mới của cấp trên đã được xác nhận và lưu</translation>
        </message>
        <message>
            <source>receipt: the reports listed are acknowledged</source>
            <translation>biên nhận: các báo cáo trong danh sách đã được xác nhận</translation>
        </message>
        <message>
            <source>another package with the same sequence number {sequence} was imported: a person must decide which is genuine</source>
            <translation>đã nhập một gói khác có cùng số thứ tự {sequence}: cần người xem xét gói nào là thật</translation>
        </message>
        <message>
            <source>sequence number {sequence} is far beyond the last one seen ({last})</source>
            <translation>số thứ tự {sequence} vượt xa số gần nhất đã nhận ({last})</translation>
        </message>
        <message>
            <source>dated in the future ({created}): check the clock</source>
            <translation>ghi ngày trong tương lai ({created}): hãy kiểm tra đồng hồ máy</translation>
        </message>
        <message>
            <source>dated long ago ({created}): check before using it</source>
            <translation>ghi ngày đã lâu ({created}): hãy kiểm tra trước khi dùng</translation>
        </message>
        <message>
            <source>an enrollment: confirm its fingerprint with 'dlxh enroll import FILE'</source>
            <translation>hồ sơ đăng ký: hãy xác nhận mã nhận dạng bằng lệnh 'dlxh enroll import TỆP'</translation>
        </message>
        <message>
            <source>signed with a revoked key of {unit}</source>
            <translation>được ký bằng khóa đã bị thu hồi của {unit}</translation>
        </message>
        <message>
            <source>signed with {unit}'s old key after it was replaced</source>
            <translation>được ký bằng khóa cũ của {unit} sau khi khóa đã được thay</translation>
        </message>
        <message>
            <source>signed with an expired key of {unit}</source>
            <translation>được ký bằng khóa đã hết hạn của {unit}</translation>
        </message>
        <message>
            <source>signed before {unit}'s key was valid</source>
            <translation>được ký trước khi khóa của {unit} có hiệu lực</translation>
        </message>
        <message>
            <source>{unit} does not report to this unit</source>
            <translation>{unit} không báo cáo cho đơn vị này</translation>
        </message>
        <message>
            <source>not from this unit's parent</source>
            <translation>không phải từ cấp trên của đơn vị này</translation>
        </message>
        <message>
            <source>revision {revision} is older than revision {newer} already here (kept)</source>
            <translation>lần sửa đổi {revision} cũ hơn lần {newer} đã có (vẫn lưu)</translation>
        </message>
        <message>
            <source>the report data does not fit the schema at {path}</source>
            <translation>dữ liệu báo cáo không đúng cấu trúc tại {path}</translation>
        </message>
        <message>
            <source>the report inside disagrees with the signed header</source>
            <translation>báo cáo bên trong không khớp với phần đầu đã ký</translation>
        </message>
        <message>
            <source>the report has an absurd number of rows</source>
            <translation>báo cáo có số dòng bất thường</translation>
        </message>
        <message>
            <source>a text of the report is absurdly long</source>
            <translation>một đoạn văn bản của báo cáo dài bất thường</translation>
        </message>
        <message>
            <source>the report id belongs to another unit</source>
            <translation>mã báo cáo thuộc về đơn vị khác</translation>
        </message>
        <message>
            <source>the file cannot be read</source>
            <translation>không đọc được tệp</translation>
        </message>
        <message>
            <source>unexpected error ({error}); please report it</source>
            <translation>lỗi không lường trước ({error}); xin hãy báo lại</translation>
        </message>
        <message>
            <source>the directory content is not valid</source>
            <translation>nội dung danh bạ không hợp lệ</translation>
        </message>
        <message>
            <source>older than the directory in use</source>
            <translation>cũ hơn danh bạ đang dùng</translation>
        </message>
        <message>
            <source>the key change is not certified by the known key</source>
            <translation>việc thay khóa không được khóa đã biết xác nhận</translation>
        </message>
        <message>
            <source>the receipt content is not valid</source>
            <translation>nội dung biên nhận không hợp lệ</translation>
        </message>
        <message>
            <source>the enrollment content is not valid</source>
            <translation>nội dung hồ sơ đăng ký không hợp lệ</translation>
        </message>
        <message>
            <source>not a directory file</source>
            <translation>không phải là tệp danh bạ</translation>
        </message>
        <message>
            <source>larger than any package may be</source>
            <translation>lớn hơn dung lượng tối đa của một gói</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>tệp rỗng</translation>
        </message>
        <message>
            <source>not a DLXH package</source>
            <translation>không phải là gói dữ liệu DLXH</translation>
        </message>
        <message>
            <source>made by a newer program version</source>
            <translation>được tạo bởi phiên bản chương trình mới hơn</translation>
        </message>
        <message>
            <source>the file is cut short (incomplete copy?)</source>
            <translation>tệp bị thiếu phần cuối (sao chép chưa hết?)</translation>
        </message>
        <message>
            <source>extra bytes after the end of the package</source>
            <translation>có dữ liệu thừa sau phần cuối của gói</translation>
        </message>
        <message>
            <source>damaged or forged header</source>
            <translation>phần đầu bị hỏng hoặc bị giả mạo</translation>
        </message>
        <message>
            <source>too many recipients</source>
            <translation>quá nhiều nơi nhận</translation>
        </message>
        <message>
            <source>signed by an unknown key of {unit} (fingerprint {fingerprint})</source>
            <translation>được ký bằng khóa lạ của {unit} (mã nhận dạng {fingerprint})</translation>
        </message>
        <message>
            <source>the sender's key is not the registered one</source>
            <translation>khóa của nơi gửi không phải là khóa đã đăng ký</translation>
        </message>
        <message>
            <source>the signature does not verify (altered file)</source>
            <translation>chữ ký không hợp lệ (tệp đã bị sửa)</translation>
        </message>
        <message>
            <source>addressed to another unit or key</source>
            <translation>gửi cho đơn vị hoặc khóa khác</translation>
        </message>
        <message>
            <source>damaged encryption header</source>
            <translation>phần đầu mã hóa bị hỏng</translation>
        </message>
        <message>
            <source>encrypted with a passphrase, not to this unit</source>
            <translation>được mã hóa bằng mật khẩu, không phải cho đơn vị này</translation>
        </message>
        <message>
            <source>the recipients disagree with the header</source>
            <translation>danh sách nơi nhận không khớp với phần đầu</translation>
        </message>
        <message>
            <source>cannot be decrypted (damaged or not for us)</source>
            <translation>không giải mã được (bị hỏng hoặc không gửi cho đơn vị này)</translation>
        </message>
        <message>
            <source>damaged contents</source>
            <translation>nội dung bị hỏng</translation>
        </message>
        <message>
            <source>too many files inside</source>
            <translation>có quá nhiều tệp bên trong</translation>
        </message>
        <message>
            <source>the inner signature does not verify</source>
            <translation>chữ ký bên trong không hợp lệ</translation>
        </message>
        <message>
            <source>damaged list of contents</source>
            <translation>danh mục nội dung bị hỏng</translation>
        </message>
        <message>
            <source>the contents disagree with the header</source>
            <translation>nội dung không khớp với phần đầu</translation>
        </message>
        <message>
            <source>a file inside has a forbidden name</source>
            <translation>một tệp bên trong có tên không được phép</translation>
        </message>
        <message>
            <source>a file is missing inside</source>
            <translation>thiếu một tệp bên trong</translation>
        </message>
        <message>
            <source>an unlisted file is inside</source>
            <translation>có tệp không nằm trong danh mục</translation>
        </message>
        <message>
            <source>a file inside was altered</source>
            <translation>một tệp bên trong đã bị sửa</translation>
        </message>
        <message>
            <source>the package holds a file ({name}) the report does not list</source>
            <translation>gói có một tệp ({name}) không có trong danh sách của báo cáo</translation>
        </message>
        <message>
            <source>an attached file ({name}) is missing</source>
            <translation>thiếu một tệp đính kèm ({name})</translation>
        </message>
        <message>
            <source>an attached file ({name}) differs from what the report lists</source>
            <translation>một tệp đính kèm ({name}) khác với tệp báo cáo đã liệt kê</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Đã nhập</translation>
        </message>
        <message>
            <source>Imported before</source>
            <translation>Đã nhập trước đó</translation>
        </message>
        <message>
            <source>Amended version</source>
            <translation>Bản sửa đổi</translation>
        </message>
        <message>
            <source>To be reviewed (quarantined)</source>
            <translation>Cần xem xét (cách ly)</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Bị từ chối</translation>
        </message>
        <message>
            <source>registered</source>
            <translation>đã đăng ký</translation>
        </message>
        <message>
            <source>was already registered</source>
            <translation>đã được đăng ký từ trước</translation>
        </message>
        <message>
            <source>key rotation accepted</source>
            <translation>đã chấp nhận việc thay khóa</translation>
        </message>
    </context>
    <context>
        <name>ReceivedReports</name>
        <message>
            <source>Reading the received reports…</source>
            <translation>Đang đọc các báo cáo nhận được…</translation>
        </message>
        <message>
            <source>The received reports could not be read.</source>
            <translation>Không đọc được các báo cáo nhận được.</translation>
        </message>
        <message>
            <source>No report has been received from the units below yet.</source>
            <translation>Chưa nhận được báo cáo nào của các đơn vị cấp dưới.</translation>
        </message>
        <message>
            <source>Reports arrive as .dlxh packages: File → Import packages (Ctrl+I).</source>
            <translation>Báo cáo được gửi đến dưới dạng gói .dlxh: Tệp → Nhập gói dữ liệu (Ctrl+I).</translation>
        </message>
        <message numerus="yes">
            <source>%n received report(s)</source>
            <translation>
                <numerusform>%n báo cáo nhận được</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>from %n unit(s)</source>
            <translation>
                <numerusform>của %n đơn vị</numerusform>
            </translation>
        </message>
        <message>
            <source>showing %1 of %2</source>
            <translation>đang hiển thị %1/%2</translation>
        </message>
    </context>
    <context>
        <name>ReceivedReportsView</name>
        <message>
            <source>Fil&amp;ter:</source>
            <translation>&amp;Lọc:</translation>
        </message>
        <message>
            <source>Type a unit, period, kind or status</source>
            <translation>Gõ tên đơn vị, kỳ báo cáo, loại hoặc trạng thái</translation>
        </message>
        <message>
            <source>Filter the received reports</source>
            <translation>Lọc các báo cáo nhận được</translation>
        </message>
        <message>
            <source>Reports received from the units below</source>
            <translation>Báo cáo nhận được từ các đơn vị cấp dưới</translation>
        </message>
    </context>
    <context>
        <name>ReceivedTableModel</name>
        <message>
            <source>Unit</source>
            <translation>Đơn vị</translation>
        </message>
    </context>
    <context>
        <name>StatusTableModel</name>
        <message>
            <source>Unit</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <source>Report of the month</source>
            <translation>Báo cáo tháng</translation>
        </message>
        <message>
            <source>Sent on</source>
            <translation>Ngày gửi</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>Lần</translation>
        </message>
    </context>
    <context>
        <name>SubmissionStatus</name>
        <message>
            <source>Reading who has sent their report…</source>
            <translation>Đang xem đơn vị nào đã nộp báo cáo…</translation>
        </message>
        <message>
            <source>On time: %1</source>
            <translation>Đúng hạn: %1</translation>
        </message>
        <message>
            <source>Late: %1</source>
            <translation>Nộp muộn: %1</translation>
        </message>
        <message>
            <source>Not sent: %1</source>
            <translation>Chưa nộp: %1</translation>
        </message>
        <message>
            <source>Who has sent their report could not be read.</source>
            <translation>Không đọc được tình hình nộp báo cáo.</translation>
        </message>
        <message>
            <source>Deadline: before %1</source>
            <translation>Hạn nộp: trước ngày %1</translation>
        </message>
        <message>
            <source>This unit has no active units below it.</source>
            <translation>Đơn vị này không có đơn vị cấp dưới nào đang hoạt động.</translation>
        </message>
    </context>
    <context>
        <name>SubmissionStatusView</name>
        <message>
            <source>&amp;Month:</source>
            <translation>Tháng &amp;báo cáo:</translation>
        </message>
        <message>
            <source>Month to show</source>
            <translation>Tháng cần xem</translation>
        </message>
        <message>
            <source>Reports of the units below for the month</source>
            <translation>Báo cáo tháng của các đơn vị cấp dưới</translation>
        </message>
    </context>
</TS>
