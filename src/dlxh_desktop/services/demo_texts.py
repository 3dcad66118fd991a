"""Phrase banks for the demo province: opinion streams by topic, assessments, incidents.

Banks are written as a small line format so that the Vietnamese reads as prose and is parsed once
at import. In ``_STREAMS`` a ``## code`` line starts a topic; each following line is
``<field> <audience><trend?> <text>``, wrapped onto indented lines when long:

- field: ``C`` content, ``N`` cause (nguyên nhân), ``F`` forecast, ``P`` proposal,
  ``R`` recommendation written ``addressee | content``;
- audience: ``e`` enterprises, ``p`` public sector (schools, hospitals, agencies), ``a`` both;
- trend (content lines only): ``+`` positive, ``~`` mixed, ``-`` negative.
"""

from __future__ import annotations

from dataclasses import dataclass

from dlxh_desktop.domain.reports import Trend

_TRENDS = {"+": Trend.POSITIVE, "~": Trend.MIXED, "-": Trend.NEGATIVE}

_STREAMS = """
## viec-lam
C e- Một bộ phận công nhân lo lắng do đơn hàng giảm, doanh nghiệp cắt giảm giờ làm thêm, bố trí nghỉ
    luân phiên 1–2 ngày/tuần, thu nhập giảm so với cùng kỳ.
C e+ Người lao động phấn khởi vì doanh nghiệp có đơn hàng ổn định đến hết quý, tiếp tục tuyển thêm
    lao động, việc làm được bảo đảm.
C e- CNLĐ bàn tán về thông tin doanh nghiệp dự kiến cắt giảm lao động do tái cơ cấu sản xuất, chuyển
    một phần dây chuyền sang nhà máy khác.
C e~ Lao động trên 35 tuổi lo ngại khó tìm việc làm mới nếu bị chấm dứt hợp đồng; một số người có ý
    định chuyển sang làm tự do hoặc về quê.
C e+ Nhiều ý kiến đồng tình với việc doanh nghiệp đào tạo lại, bố trí công nhân sang dây chuyền mới
    thay vì cho nghỉ việc.
C p~ Viên chức, người lao động tâm tư về vị trí việc làm sau khi sắp xếp lại các phòng, khoa, tổ
    chuyên môn; lo ngại thuộc diện tinh giản biên chế.
C p~ Giáo viên, nhân viên hợp đồng mong muốn được xét tuyển, ổn định việc làm lâu dài.
N e Thị trường xuất khẩu khó khăn, đối tác giảm và giãn đơn hàng; chi phí nguyên liệu, vận chuyển
    tăng.
N e Doanh nghiệp đầu tư tự động hóa, thay đổi công nghệ nên nhu cầu lao động phổ thông giảm.
N e Kế hoạch sản xuất chưa được doanh nghiệp thông tin kịp thời, đầy đủ tới người lao động.
N p Thực hiện chủ trương tinh gọn bộ máy, sắp xếp lại vị trí việc làm theo đề án của đơn vị.
N p Chỉ tiêu biên chế được giao chưa đáp ứng nhu cầu thực tế, kéo dài tình trạng hợp đồng.
F e Tình trạng thiếu việc làm cục bộ có thể kéo dài 1–2 tháng tới; nguy cơ công nhân nghỉ việc,
    chuyển chỗ làm.
F e Nếu đơn hàng phục hồi vào cuối năm, tâm lý người lao động sẽ ổn định trở lại.
F a Có thể phát sinh thắc mắc về tiền lương ngừng việc, chế độ khi chấm dứt hợp đồng lao động.
F p Tâm lý chờ đợi, lo lắng còn kéo dài cho đến khi có quyết định sắp xếp chính thức.
P e Đề nghị doanh nghiệp công khai kế hoạch sản xuất, đối thoại với người lao động về phương án bố
    trí việc làm; trả đúng tiền lương ngừng việc theo quy định.
P e Công đoàn cơ sở phối hợp Trung tâm Dịch vụ việc làm giới thiệu việc làm cho lao động bị mất
    việc; tuyên truyền chính sách bảo hiểm thất nghiệp.
P p Đề nghị thủ trưởng đơn vị công khai đề án vị trí việc làm, tiêu chí sắp xếp; công đoàn tham gia
    ý kiến, bảo đảm quyền lợi người lao động.
R e chủ doanh nghiệp | Tổ chức đối thoại, thông báo trước kế hoạch sản xuất và phương án sử dụng lao
    động; ưu tiên giãn giờ làm thay vì cắt giảm lao động.
R e UBND tỉnh | Chỉ đạo các sở, ngành hỗ trợ doanh nghiệp tìm kiếm thị trường, duy trì việc làm cho
    người lao động.
R a Sở Nội vụ | Tăng cường kết nối cung – cầu lao động, tổ chức phiên giao dịch việc làm lưu động
    tại các khu công nghiệp.

## thu-nhap
C e- Thu nhập bình quân của công nhân giảm do ít làm thêm giờ, trong khi chi phí sinh hoạt tăng;
    nhiều gia đình công nhân phải chi tiêu dè sẻn.
C e+ Người lao động phấn khởi vì doanh nghiệp tăng phụ cấp chuyên cần, hỗ trợ xăng xe và tiền nhà
    trọ từ tháng này.
C e~ Công nhân mong muốn doanh nghiệp công khai cách tính thưởng năng suất, phụ cấp; một số ý kiến
    cho rằng cách tính chưa minh bạch.
C p~ Viên chức, người lao động mong sớm được hưởng chế độ tiền lương mới; thu nhập tăng thêm ở một
    số đơn vị sự nghiệp giảm do nguồn thu hạn chế.
C p+ Đoàn viên phấn khởi khi đơn vị chi trả đầy đủ thu nhập tăng thêm, phúc lợi theo quy chế chi
    tiêu nội bộ.
N e Đơn hàng giảm, doanh nghiệp hạn chế làm thêm giờ; giá cả sinh hoạt tăng.
N e Quy chế thưởng, phụ cấp chưa được phổ biến rộng rãi đến từng tổ sản xuất.
N p Nguồn thu sự nghiệp giảm; lộ trình cải cách tiền lương chưa được thực hiện đầy đủ.
F a Nếu thu nhập tiếp tục giảm, tỷ lệ người lao động nghỉ việc, chuyển chỗ làm có thể tăng.
F a Tâm lý người lao động sẽ ổn định nếu các khoản hỗ trợ được duy trì đến cuối năm.
P e Đề nghị doanh nghiệp công khai quy chế lương, thưởng; đưa nội dung hỗ trợ nhà trọ, xăng xe vào
    thỏa ước lao động tập thể.
P p Đề nghị đơn vị rà soát quy chế chi tiêu nội bộ, công khai nguồn thu và cách phân phối thu nhập
    tăng thêm.
R e chủ doanh nghiệp | Công khai quy chế trả lương, thưởng; thương lượng bổ sung các khoản phụ cấp
    vào thỏa ước lao động tập thể.
R p Tổng Liên đoàn Lao động Việt Nam | Kiến nghị Chính phủ sớm thực hiện lộ trình cải cách chính
    sách tiền lương đối với khu vực công.

## tien-luong
C e~ Công nhân quan tâm việc điều chỉnh lương tối thiểu vùng; mong doanh nghiệp điều chỉnh cả thang
    bảng lương, không chỉ nâng mức thấp nhất.
C e- Một số công nhân phản ánh doanh nghiệp điều chỉnh lương tối thiểu nhưng cắt giảm phụ cấp chuyên
    cần, khiến thu nhập thực tế không tăng.
C e+ Người lao động đồng tình, phấn khởi khi doanh nghiệp tăng lương cao hơn mức tối thiểu vùng và
    trả lương đúng hạn.
C e- Người lao động bức xúc vì doanh nghiệp chậm trả lương tháng trước từ 5–10 ngày, không thông báo
    lý do.
C p+ Cán bộ, viên chức phấn khởi, tin tưởng khi lương cơ sở được điều chỉnh tăng, chế độ phụ cấp
    được chi trả kịp thời.
C p~ Giáo viên mầm non, nhân viên y tế cơ sở cho rằng mức lương hiện nay chưa tương xứng với cường
    độ và áp lực công việc.
N e Chi phí sinh hoạt tăng; một số doanh nghiệp gặp khó khăn về dòng tiền.
N e Doanh nghiệp chưa đối thoại, thương lượng với tổ chức công đoàn trước khi điều chỉnh quy chế
    lương.
N p Đặc thù nghề nghiệp áp lực cao, thời gian làm việc kéo dài; phụ cấp ưu đãi nghề chưa được điều
    chỉnh kịp thời.
F e Có nguy cơ phát sinh ngừng việc tập thể nếu doanh nghiệp tiếp tục chậm trả lương hoặc cắt giảm
    phụ cấp.
F a Dư luận sẽ còn tiếp tục quan tâm trong thời gian tới, nhất là khi có thông tin về lộ trình điều
    chỉnh lương mới.
P e Công đoàn cơ sở chủ động đề nghị đối thoại, giám sát việc điều chỉnh lương theo đúng quy định;
    kịp thời báo cáo công đoàn cấp trên khi có dấu hiệu chậm trả lương.
P p Tuyên truyền, giải thích rõ lộ trình cải cách tiền lương để đoàn viên yên tâm công tác.
R e chủ doanh nghiệp | Thực hiện điều chỉnh lương tối thiểu vùng đúng quy định, không cắt giảm các
    khoản phụ cấp, trợ cấp đang hưởng; trả lương đúng kỳ hạn.
R a Tổng Liên đoàn Lao động Việt Nam | Đề xuất với Hội đồng Tiền lương quốc gia điều chỉnh lương tối
    thiểu vùng phù hợp với mức sống tối thiểu của người lao động.
R e Sở Nội vụ | Tăng cường thanh tra, kiểm tra việc chấp hành quy định về tiền lương tại các doanh
    nghiệp có dấu hiệu chậm trả lương.

## thuong-tet
C e~ Công nhân lo lắng về thưởng Tết năm nay do đơn hàng giảm; nhiều người chưa biết mức thưởng và
    thời gian chi trả.
C e+ Người lao động phấn khởi khi doanh nghiệp thông báo sớm mức thưởng Tết tương đương một tháng
    lương và hỗ trợ tiền tàu xe về quê.
C e- Một số công nhân bức xúc vì doanh nghiệp thông báo thưởng Tết thấp hơn năm trước, không giải
    thích rõ lý do.
C p~ Viên chức, người lao động quan tâm đến chế độ thưởng theo Nghị định mới; mong đơn vị sớm hướng
    dẫn, chi trả trước Tết.
C a+ Đoàn viên đánh giá cao chương trình "Tết Sum vầy", "Chuyến xe Công đoàn" đưa công nhân về quê
    đón Tết.
N e Kết quả sản xuất kinh doanh giảm; doanh nghiệp chưa công bố sớm kế hoạch thưởng.
N e Thiếu đối thoại giữa doanh nghiệp và người lao động về quy chế thưởng.
N p Văn bản hướng dẫn chế độ thưởng ban hành muộn, đơn vị chưa kịp xây dựng quy chế.
F e Dịp trước và sau Tết là thời điểm dễ phát sinh ngừng việc tập thể nếu thưởng Tết không như kỳ
    vọng.
F a Sau Tết có thể có một bộ phận lao động không quay lại làm việc, chuyển sang doanh nghiệp khác.
P e Đề nghị doanh nghiệp công bố sớm mức thưởng và lịch nghỉ Tết; công đoàn cơ sở đối thoại, giải
    thích cho người lao động.
P a Đẩy mạnh các hoạt động chăm lo Tết cho đoàn viên có hoàn cảnh khó khăn, không có điều kiện về
    quê.
R e chủ doanh nghiệp | Thông báo công khai mức thưởng Tết, thời gian chi trả; bảo đảm trả đủ lương,
    thưởng trước kỳ nghỉ Tết.
R a UBND tỉnh | Chỉ đạo các ngành chức năng theo dõi tình hình tiền lương, thưởng Tết, kịp thời xử
    lý doanh nghiệp nợ lương trước Tết.

## bhxh-bhyt
C e- Nhiều công nhân có ý định rút bảo hiểm xã hội một lần khi nghỉ việc để trang trải cuộc sống; có
    ý kiến lo ngại quy định mới hạn chế việc rút một lần.
C e- Người lao động bức xúc vì doanh nghiệp chậm, nợ đóng BHXH, thẻ BHYT bị gián đoạn khi đi khám
    chữa bệnh.
C a+ Đoàn viên đồng tình với các quy định mới của Luật Bảo hiểm xã hội về giảm số năm đóng tối thiểu
    để hưởng lương hưu, mở rộng chế độ thai sản.
C a~ Người lao động mong muốn được tư vấn rõ hơn về cách tính lương hưu và quyền lợi khi bảo lưu
    thời gian đóng BHXH.
N e Thu nhập thấp, nhu cầu chi tiêu trước mắt lớn; chưa hiểu đầy đủ quyền lợi lâu dài khi bảo lưu
    thời gian đóng.
N e Doanh nghiệp khó khăn tài chính, chiếm dụng tiền đóng BHXH của người lao động.
N a Công tác tuyên truyền chính sách BHXH chưa thường xuyên, chưa đến được từng người lao động.
F e Số người rút BHXH một lần có thể tăng vào dịp cuối năm và sau Tết.
F a Nếu được tuyên truyền tốt, người lao động sẽ hiểu và lựa chọn bảo lưu thời gian đóng BHXH.
P a Phối hợp với cơ quan BHXH tổ chức đối thoại, tư vấn chính sách BHXH tại doanh nghiệp, đơn vị.
P e Công đoàn cơ sở kiểm tra, đôn đốc doanh nghiệp đóng đủ BHXH; khởi kiện khi doanh nghiệp nợ đóng
    kéo dài.
R a Bảo hiểm xã hội tỉnh | Phối hợp với công đoàn tổ chức tư vấn, tuyên truyền quyền lợi khi bảo lưu
    thời gian đóng BHXH; công khai danh sách doanh nghiệp nợ đóng.
R e chủ doanh nghiệp | Đóng BHXH, BHYT đầy đủ, đúng hạn; thông báo định kỳ tình hình đóng cho người
    lao động.

## nha-o
C e- Công nhân thuê trọ phản ánh giá phòng trọ, tiền điện, nước tăng; nhiều phòng trọ chật hẹp,
    thiếu an toàn phòng cháy.
C e~ Người lao động mong muốn được thuê, mua nhà ở xã hội gần khu công nghiệp; thủ tục còn phức tạp,
    giá bán cao so với thu nhập.
C e+ Công nhân phấn khởi khi doanh nghiệp bố trí nhà ở tập thể miễn phí, hỗ trợ tiền trọ cho lao
    động ngoại tỉnh.
C a~ Đoàn viên quan tâm đến thông tin khởi công các dự án nhà ở xã hội, thiết chế công đoàn trên địa
    bàn tỉnh.
N e Số lao động ngoại tỉnh tăng; chủ nhà trọ tăng giá theo giá điện, nước và giá sinh hoạt.
N e Quỹ nhà ở xã hội còn ít, tiến độ triển khai các dự án chậm.
F e Tình trạng tăng giá phòng trọ có thể tiếp diễn; nguy cơ mất an toàn cháy nổ tại các khu trọ đông
    người.
F a Nhu cầu nhà ở xã hội tiếp tục là nguyện vọng lớn của công nhân trong thời gian tới.
P e Vận động chủ nhà trọ giữ ổn định giá, thu tiền điện, nước theo giá quy định; xây dựng mô hình
    "Nhà trọ công đoàn".
P a Tuyên truyền, hướng dẫn người lao động thủ tục đăng ký mua, thuê nhà ở xã hội.
R a UBND tỉnh | Đẩy nhanh tiến độ các dự án nhà ở xã hội, thiết chế công đoàn tại các khu công
    nghiệp.
R e Tổng Liên đoàn Lao động Việt Nam | Tiếp tục đầu tư thiết chế công đoàn, ưu tiên cho thuê nhà ở
    với công nhân thu nhập thấp.

## gia-ca
C a- Giá xăng dầu, thực phẩm, học phí và dịch vụ tăng khiến đời sống của CNVCLĐ, nhất là lao động
    thu nhập thấp, gặp khó khăn.
C a~ Đoàn viên quan tâm đến việc điều chỉnh giá điện sinh hoạt; lo ngại chi phí tiền điện tăng trong
    những tháng nắng nóng.
C a+ Giá cả các mặt hàng thiết yếu cơ bản ổn định, người lao động yên tâm; các điểm bán hàng bình ổn
    giá được đánh giá cao.
C e~ Công nhân mong có thêm các "Chợ phiên công nhân", điểm bán hàng ưu đãi cho đoàn viên.
N a Giá nhiên liệu và nguyên liệu đầu vào biến động; nhu cầu tiêu dùng tăng vào dịp lễ, Tết.
N a Thu nhập của người lao động tăng chậm hơn mức tăng chi phí sinh hoạt.
F a Giá cả có thể tiếp tục tăng vào cuối năm, ảnh hưởng trực tiếp đến đời sống người lao động.
F a Tâm lý người lao động ổn định nếu giá các mặt hàng thiết yếu được kiểm soát.
P a Mở rộng chương trình "Phúc lợi đoàn viên", liên kết với các siêu thị, cửa hàng giảm giá cho đoàn
    viên.
P a Tổ chức "Chợ Tết công đoàn", phiên chợ 0 đồng cho đoàn viên có hoàn cảnh khó khăn.
R a UBND tỉnh | Chỉ đạo kiểm soát giá các mặt hàng thiết yếu, nhất là giá điện, nước, thực phẩm tại
    khu vực đông công nhân.

## atvsld
C e- Công nhân phản ánh nhà xưởng nóng bức trong những ngày nắng nóng gay gắt, hệ thống làm mát chưa
    bảo đảm, một số người bị mệt, choáng khi làm việc.
C e~ Người lao động lo ngại nguy cơ tai nạn lao động tại khu vực máy ép, máy dập; thiết bị bảo hộ
    chưa được cấp phát đầy đủ.
C e+ Đoàn viên đồng tình với việc doanh nghiệp bổ sung quạt hơi nước, nước uống bù điện giải, điều
    chỉnh giờ nghỉ giữa ca.
C p~ Nhân viên y tế lo ngại nguy cơ lây nhiễm, bạo hành nhân viên y tế khi làm nhiệm vụ; mong được
    bảo đảm an ninh tại bệnh viện.
C a+ Đoàn viên hưởng ứng Tháng hành động về an toàn, vệ sinh lao động; mạng lưới an toàn vệ sinh
    viên hoạt động tích cực.
N e Nhiệt độ ngoài trời cao kéo dài; nhà xưởng xây dựng đã lâu, hệ thống thông gió xuống cấp.
N e Doanh nghiệp chưa quan tâm đúng mức đến công tác huấn luyện an toàn, kiểm định thiết bị.
N p Áp lực công việc lớn, lượng bệnh nhân đông; một số người nhà bệnh nhân thiếu kiềm chế.
F e Nếu không cải thiện điều kiện làm việc, nguy cơ xảy ra ngất xỉu, tai nạn lao động và ngừng việc
    tập thể.
F a Công tác an toàn, vệ sinh lao động sẽ chuyển biến tích cực khi các giải pháp được triển khai
    đồng bộ.
P e Đề nghị doanh nghiệp lắp bổ sung hệ thống làm mát, bố trí giờ nghỉ hợp lý trong ngày nắng nóng,
    cấp đủ phương tiện bảo vệ cá nhân.
P a Phát huy vai trò mạng lưới an toàn vệ sinh viên; tổ chức kiểm tra, giám sát định kỳ điều kiện
    làm việc.
R e chủ doanh nghiệp | Cải thiện điều kiện làm việc trong mùa nắng nóng, thực hiện đúng quy định về
    huấn luyện an toàn và kiểm định thiết bị.
R e Sở Nội vụ | Tăng cường thanh tra, kiểm tra công tác an toàn, vệ sinh lao động tại các doanh
    nghiệp có nguy cơ cao.

## bua-an-ca
C e- Công nhân phản ánh chất lượng bữa ăn ca chưa tương xứng với giá trị suất ăn, thực đơn đơn điệu,
    ít thịt cá.
C e+ Người lao động phấn khởi khi doanh nghiệp nâng giá trị suất ăn ca, có thêm món tráng miệng và
    sữa cho lao động nữ mang thai.
C e~ Đoàn viên đề nghị công khai giá trị suất ăn, đơn vị cung cấp và cho công đoàn tham gia giám sát
    bếp ăn.
N e Giá thực phẩm tăng nhưng giá trị suất ăn chưa được điều chỉnh; công tác giám sát nhà cung cấp
    suất ăn chưa chặt chẽ.
F e Nếu chất lượng bữa ăn không được cải thiện, dễ phát sinh bức xúc, ngừng việc tập thể hoặc nguy
    cơ ngộ độc thực phẩm.
F e Tâm lý công nhân sẽ ổn định khi doanh nghiệp thực hiện đúng cam kết về giá trị bữa ăn ca.
P e Thực hiện mô hình "Bữa ăn ca công đoàn giám sát"; đưa mức giá trị suất ăn vào thỏa ước lao động
    tập thể.
P e Công đoàn cơ sở thành lập tổ giám sát bếp ăn, kiểm tra nguồn gốc thực phẩm, lưu mẫu thức ăn.
R e chủ doanh nghiệp | Nâng giá trị bữa ăn ca phù hợp giá cả thị trường, công khai thực đơn và đơn
    vị cung cấp suất ăn.

## thoi-gio-lam-viec
C e~ Công nhân vừa mong được làm thêm giờ để tăng thu nhập, vừa lo ngại sức khỏe khi tăng ca kéo dài
    nhiều ngày liên tiếp.
C e- Người lao động phản ánh doanh nghiệp bố trí làm thêm vào ngày Chủ nhật, không được nghỉ bù,
    tiền làm thêm chưa tính đúng.
C a~ Đoàn viên quan tâm đến đề xuất giảm giờ làm việc tiêu chuẩn trong khu vực doanh nghiệp xuống 44
    giờ/tuần.
C p~ Giáo viên, nhân viên y tế phản ánh phải tham gia nhiều hoạt động ngoài giờ, trực đêm liên tục,
    ảnh hưởng đến sức khỏe và thời gian chăm sóc gia đình.
N e Doanh nghiệp phải giao hàng đúng tiến độ cho đối tác; thiếu lao động vào thời điểm cao điểm.
N p Thiếu nhân lực, định mức công việc cao; nhiều nhiệm vụ phát sinh ngoài chuyên môn.
F a Nếu làm thêm giờ kéo dài, nguy cơ suy giảm sức khỏe, tai nạn lao động và phát sinh tranh chấp về
    tiền lương làm thêm.
P e Công đoàn cơ sở giám sát việc thực hiện thời giờ làm thêm theo đúng Bộ luật Lao động; yêu cầu
    doanh nghiệp trả đủ tiền làm thêm giờ.
P p Đề nghị lãnh đạo đơn vị rà soát, sắp xếp lại lịch trực, giảm các hoạt động ngoài chuyên môn.
R a Tổng Liên đoàn Lao động Việt Nam | Tiếp tục kiến nghị lộ trình giảm giờ làm việc tiêu chuẩn đối
    với người lao động khu vực doanh nghiệp.

## quan-he-lao-dong
C e~ Người lao động đánh giá hội nghị đối thoại định kỳ đã giải quyết được một số kiến nghị, song
    một số nội dung chưa được doanh nghiệp trả lời dứt điểm.
C e- Công nhân bức xúc về cách quản lý của một số quản lý chuyền, tổ trưởng người nước ngoài: la
    mắng, áp đặt định mức cao.
C e+ Quan hệ lao động tại doanh nghiệp hài hòa, ổn định; thỏa ước lao động tập thể được ký kết mới
    với nhiều nội dung có lợi hơn cho người lao động.
N e Khác biệt văn hóa, ngôn ngữ; năng lực đối thoại của một số cán bộ quản lý còn hạn chế.
N e Doanh nghiệp chưa thực hiện nghiêm quy chế dân chủ ở cơ sở.
F e Nếu không được xử lý kịp thời, mâu thuẫn có thể dẫn đến ngừng việc tập thể.
F e Quan hệ lao động tiếp tục ổn định nếu doanh nghiệp thực hiện các cam kết sau đối thoại.
P e Tổ chức đối thoại đột xuất khi có bức xúc; tập huấn kỹ năng quản lý, giao tiếp cho đội ngũ quản
    lý chuyền.
P e Công đoàn cấp trên hỗ trợ công đoàn cơ sở thương lượng, ký kết thỏa ước lao động tập thể có chất
    lượng.
R e chủ doanh nghiệp | Thực hiện nghiêm quy chế dân chủ ở cơ sở, tổ chức đối thoại định kỳ và đột
    xuất theo đề nghị của công đoàn.

## chinh-sach-phap-luat
C a+ Đoàn viên đồng tình, đánh giá cao Luật Công đoàn (sửa đổi) với nhiều quy định bảo vệ tốt hơn
    quyền lợi người lao động.
C a~ Người lao động quan tâm đến các quy định mới về bảo hiểm thất nghiệp, hỗ trợ học nghề; mong
    được hướng dẫn cụ thể.
C a~ CNVCLĐ quan tâm các chính sách hỗ trợ nhà ở, học phí cho con công nhân; mong thủ tục được đơn
    giản hóa.
C p~ Viên chức quan tâm việc sửa đổi Luật Viên chức, Luật Cán bộ, công chức; lo ngại về việc đánh
    giá, phân loại hằng năm gắn với tinh giản.
N a Nhiều văn bản pháp luật mới có hiệu lực; công tác phổ biến đến người lao động chưa kịp thời.
F a Dư luận tiếp tục quan tâm khi các văn bản hướng dẫn được ban hành.
P a Đẩy mạnh tuyên truyền, phổ biến pháp luật qua mạng xã hội, nhóm Zalo của công đoàn cơ sở; tổ
    chức tư vấn pháp luật tại doanh nghiệp.
R a Tổng Liên đoàn Lao động Việt Nam | Biên soạn tài liệu hỏi – đáp ngắn gọn về các luật mới để công
    đoàn cơ sở tuyên truyền tới người lao động.

## hoat-dong-cong-doan
C a+ Đoàn viên đánh giá cao các hoạt động chăm lo của công đoàn: thăm hỏi ốm đau, hỗ trợ đoàn viên
    khó khăn, "Mái ấm Công đoàn".
C a+ Người lao động hưởng ứng tích cực các hoạt động văn hóa, thể thao, "Tháng Công nhân" do công
    đoàn tổ chức.
C a~ Một bộ phận đoàn viên cho rằng hoạt động công đoàn cơ sở còn hình thức, chưa thực sự đại diện
    bảo vệ quyền lợi người lao động.
C a~ Đoàn viên quan tâm đến chính sách điều chỉnh mức đóng đoàn phí, kinh phí công đoàn và việc sử
    dụng tài chính công đoàn.
N a Cán bộ công đoàn cơ sở chủ yếu kiêm nhiệm, thời gian hoạt động hạn chế.
N a Các chương trình phúc lợi đoàn viên được triển khai rộng rãi, thiết thực.
F a Niềm tin của đoàn viên vào tổ chức công đoàn được củng cố nếu các hoạt động chăm lo tiếp tục
    được duy trì.
P a Đổi mới nội dung, phương thức hoạt động; tăng cường gặp gỡ, đối thoại trực tiếp với đoàn viên
    tại nơi làm việc.
R a Tổng Liên đoàn Lao động Việt Nam | Có chính sách hỗ trợ, bồi dưỡng cán bộ công đoàn cơ sở kiêm
    nhiệm ở doanh nghiệp ngoài nhà nước.

## su-kien-chinh-tri-xa-hoi
C a+ CNVCLĐ phấn khởi, tin tưởng vào sự lãnh đạo của Đảng, quản lý của Nhà nước; đánh giá cao kết
    quả phát triển kinh tế – xã hội của tỉnh.
C a+ Đoàn viên quan tâm theo dõi, đồng tình với các chủ trương lớn của Trung ương về phát triển kinh
    tế tư nhân, đổi mới công tác xây dựng pháp luật.
C a~ Người lao động quan tâm đến tình hình thiên tai, mưa bão; mong các cấp có phương án hỗ trợ kịp
    thời người dân vùng bị ảnh hưởng.
N a Các chủ trương, chính sách được tuyên truyền rộng rãi trên báo chí, mạng xã hội.
F a Tình hình tư tưởng tiếp tục ổn định; đoàn viên tích cực hưởng ứng các phong trào thi đua.
P a Tiếp tục tuyên truyền, định hướng thông tin đến đoàn viên qua các kênh của tổ chức công đoàn.
R a UBND tỉnh | Tiếp tục quan tâm các chính sách an sinh xã hội đối với công nhân lao động.

## sap-xep-bo-may
C p~ Viên chức, người lao động quan tâm đến việc sắp xếp, hợp nhất các sở, ngành và đơn vị sự
    nghiệp; lo lắng về vị trí công tác, nơi làm việc mới xa nhà.
C p- Một bộ phận người lao động hoang mang trước thông tin chưa chính thống về danh sách tinh giản,
    nghỉ hưu trước tuổi.
C a+ Đa số đoàn viên đồng tình với chủ trương tinh gọn bộ máy, sắp xếp đơn vị hành chính, cho rằng
    đây là quyết sách đúng đắn, cần thiết.
C a~ Người lao động quan tâm đến việc thay đổi địa giới hành chính, thủ tục cập nhật giấy tờ, căn
    cước, hộ khẩu sau sắp xếp.
N p Việc sắp xếp tác động trực tiếp đến vị trí việc làm, thu nhập và điều kiện đi lại của người lao
    động.
N a Thông tin chính thức có lúc chưa kịp thời, tạo điều kiện cho tin đồn lan truyền.
F p Tâm tư có thể gia tăng trong giai đoạn triển khai sắp xếp nhân sự; cần theo dõi sát diễn biến tư
    tưởng.
F a Dư luận sẽ ổn định khi các chính sách hỗ trợ được công bố, chi trả đầy đủ, kịp thời.
P p Công đoàn phối hợp với thủ trưởng đơn vị nắm bắt tâm tư, tuyên truyền chính sách hỗ trợ; tham
    gia ý kiến vào phương án sắp xếp nhân sự.
P a Cung cấp thông tin chính thống kịp thời, phản bác thông tin sai lệch trên mạng xã hội.
R p Sở Nội vụ | Công khai phương án, tiêu chí sắp xếp nhân sự; giải quyết kịp thời chế độ cho người
    nghỉ việc theo chính sách.
R a UBND tỉnh | Quan tâm bố trí phương tiện đưa đón, nhà công vụ cho cán bộ, viên chức phải thay đổi
    nơi làm việc sau sắp xếp.

## mang-xa-hoi
C a- Trên một số nhóm Zalo, Facebook của công nhân xuất hiện thông tin sai sự thật về việc doanh
    nghiệp sắp đóng cửa, gây hoang mang.
C a- Một số tài khoản mạng xã hội đăng tải nội dung xuyên tạc về vai trò của tổ chức công đoàn, kích
    động người lao động ngừng việc.
C a~ Người lao động chia sẻ các bài viết kêu gọi tham gia ứng dụng đầu tư tài chính, vay tiền trực
    tuyến; nhiều người có nguy cơ bị lừa đảo.
C a+ Đoàn viên tích cực chia sẻ thông tin chính thống, phản bác các luận điệu sai trái trên trang
    fanpage của công đoàn.
N a Người lao động sử dụng mạng xã hội nhiều nhưng kỹ năng nhận diện thông tin xấu, độc còn hạn chế.
N a Các đối tượng xấu lợi dụng tâm tư về việc làm, tiền lương để xuyên tạc, kích động.
F a Thông tin sai lệch có thể tiếp tục lan truyền vào các dịp nhạy cảm (trước Tết, khi điều chỉnh
    lương).
P a Duy trì nhóm nắm bắt DLXH trên mạng xã hội; kịp thời cung cấp thông tin chính thống, phản bác
    thông tin xấu, độc.
P a Phối hợp với Công an tỉnh xác minh, xử lý các tài khoản phát tán thông tin sai sự thật.
R a UBND tỉnh | Chỉ đạo cơ quan chức năng xử lý nghiêm các tài khoản đăng tải thông tin sai sự thật,
    kích động người lao động.

## phong-chong-tham-nhung
C a+ CNVCLĐ đồng tình, ủng hộ công tác phòng, chống tham nhũng, tiêu cực; đánh giá cao việc xử lý
    nghiêm các vụ án lớn.
C a~ Một số ý kiến cho rằng còn tình trạng cán bộ sợ trách nhiệm, né tránh, đùn đẩy, làm chậm giải
    quyết công việc.
C p~ Viên chức mong muốn công khai, minh bạch hơn trong công tác tuyển dụng, bổ nhiệm và mua sắm
    trang thiết bị tại đơn vị.
N a Các vụ án được đưa ra xét xử công khai, thông tin rộng rãi trên báo chí.
F a Niềm tin của người lao động vào công tác phòng, chống tham nhũng tiếp tục được củng cố.
P a Tiếp tục tuyên truyền, phát huy vai trò giám sát của ban thanh tra nhân dân, công đoàn.
R a UBND tỉnh | Có cơ chế bảo vệ, khuyến khích cán bộ dám nghĩ, dám làm, dám chịu trách nhiệm vì lợi
    ích chung.

## giao-duc-y-te
C a~ Công nhân có con nhỏ gặp khó khăn trong việc gửi trẻ; nhóm trẻ tư thục gần khu công nghiệp chưa
    bảo đảm chất lượng.
C a~ Người lao động quan tâm đến việc miễn, giảm học phí, chi phí học thêm và các khoản thu đầu năm
    học.
C a+ Đoàn viên phấn khởi với chủ trương miễn học phí cho học sinh từ mầm non đến hết trung học phổ
    thông công lập.
C a~ Người lao động mong muốn được khám sức khỏe định kỳ đầy đủ hơn, nhất là khám chuyên khoa cho
    lao động nữ.
N a Trường mầm non công lập gần khu công nghiệp còn thiếu; thời gian làm việc theo ca khó đưa đón
    con.
F a Nhu cầu gửi trẻ tiếp tục tăng trong thời gian tới.
P a Đề xuất xây dựng thêm trường mầm non công lập, nhóm trẻ tại khu công nghiệp; hỗ trợ tiền gửi trẻ
    cho công nhân.
R a UBND tỉnh | Quy hoạch, đầu tư trường mầm non công lập gần các khu công nghiệp; hỗ trợ tiền gửi
    trẻ cho con công nhân.

## khac
C a~ Đoàn viên quan tâm đến tình hình an ninh trật tự khu vực nhà trọ, tình trạng trộm cắp xe máy,
    lừa đảo qua điện thoại.
C a~ Người lao động lo ngại tình trạng tai nạn giao thông trên tuyến đường vào khu công nghiệp giờ
    tan ca.
N a Mật độ dân cư tăng nhanh; hạ tầng giao thông, chiếu sáng chưa đáp ứng.
F a Có thể tiếp diễn nếu chưa có giải pháp phối hợp giữa địa phương và doanh nghiệp.
P a Phối hợp với Công an xã, phường tuyên truyền phòng chống tội phạm; đề nghị lắp đặt đèn chiếu
    sáng, biển báo tại khu vực đông công nhân.
R a UBND tỉnh | Chỉ đạo bổ sung chiếu sáng, phân luồng giao thông giờ tan ca tại tuyến đường vào các
    khu công nghiệp.
"""


@dataclass(frozen=True)
class TopicBank:
    """Pre-filtered phrases of one topic for one audience (``e`` or ``p``)."""

    contents: tuple[tuple[str, Trend], ...]
    causes: tuple[str, ...]
    forecasts: tuple[str, ...]
    proposals: tuple[str, ...]
    recommendations: tuple[tuple[str, str], ...]


def _pick(rows: list[tuple[str, str, str]], name: str) -> tuple[str, ...]:
    return tuple(body for f, _, body in rows if f == name)


def _parse_streams(text: str) -> dict[tuple[str, str], TopicBank]:
    raw: dict[str, list[tuple[str, str, str]]] = {}
    topic = ""
    lines: list[str] = []
    for line in text.splitlines():
        if line.startswith(" ") and lines:
            lines[-1] += " " + line.strip()  # a wrapped line continues the previous one
        elif line.strip():
            lines.append(line.strip())
    for line in lines:
        if line.startswith("## "):
            topic = line[3:].strip()
            raw[topic] = []
            continue
        field_, tag, body = line.split(" ", 2)
        raw[topic].append((field_, tag, body))
    banks: dict[tuple[str, str], TopicBank] = {}
    for topic, rows in raw.items():
        for aud in ("e", "p"):
            mine = [(f, t, b) for f, t, b in rows if t[0] in (aud, "a")]
            contents = tuple((b, _TRENDS[t[1]]) for f, t, b in mine if f == "C")
            if not contents:
                continue
            # An audience without its own causes, forecasts... borrows the topic's others.
            parts = [_pick(mine, n) or _pick(rows, n) for n in ("N", "F", "P", "R")]
            recs = tuple((a.strip(), c.strip()) for a, c in (x.split("|", 1) for x in parts[3]))
            banks[(topic, aud)] = TopicBank(contents, parts[0], parts[1], parts[2], recs)
    return banks


TOPIC_BANKS: dict[tuple[str, str], TopicBank] = _parse_streams(_STREAMS)

# Assessment: opening sentence by audience, then context, then a closing sentence.
OPENINGS = {
    "e": (
        "Trong tháng, tình hình tư tưởng của đoàn viên, người lao động cơ bản ổn định; "
        "người lao động yên tâm làm việc, chấp hành tốt nội quy lao động.",
        "Tình hình tư tưởng của công nhân lao động tương đối ổn định, tin tưởng vào sự lãnh đạo "
        "của Đảng, sự quản lý của Nhà nước và sự chăm lo của tổ chức công đoàn.",
        "Đoàn viên, người lao động cơ bản phấn khởi, gắn bó với doanh nghiệp; bên cạnh đó còn "
        "một số tâm tư về việc làm, thu nhập và điều kiện sinh hoạt.",
        "Tư tưởng của người lao động nhìn chung ổn định, song xuất hiện một số băn khoăn, lo "
        "lắng liên quan trực tiếp đến việc làm, tiền lương và đời sống.",
    ),
    "p": (
        "Trong tháng, tình hình tư tưởng của cán bộ, viên chức, người lao động ổn định; đoàn "
        "viên tin tưởng vào sự lãnh đạo của Đảng, yên tâm công tác, hoàn thành tốt nhiệm vụ.",
        "Cán bộ, viên chức, người lao động phấn khởi, đoàn kết, chấp hành tốt chủ trương của "
        "Đảng, chính sách, pháp luật của Nhà nước và quy định của ngành.",
        "Tình hình tư tưởng của đoàn viên cơ bản ổn định; một bộ phận còn tâm tư về chế độ "
        "tiền lương, vị trí việc làm trong quá trình sắp xếp tổ chức bộ máy.",
    ),
}
CONTEXT = {
    "fdi": (
        "Doanh nghiệp duy trì sản xuất ổn định, đơn hàng đủ cho người lao động làm việc đến "
        "cuối quý; tiền lương được trả đúng hạn.",
        "Đơn hàng của doanh nghiệp giảm so với cùng kỳ, một số chuyền phải giãn giờ làm, "
        "thu nhập của công nhân có giảm.",
        "Doanh nghiệp tuyển thêm lao động cho dây chuyền mới; công tác đối thoại giữa người sử "
        "dụng lao động và người lao động được duy trì.",
    ),
    "dom": (
        "Đơn vị duy trì sản xuất, kinh doanh ổn định; việc làm và thu nhập của người lao động "
        "cơ bản được bảo đảm.",
        "Hoạt động sản xuất, kinh doanh còn nhiều khó khăn do thị trường tiêu thụ chậm; doanh "
        "nghiệp cố gắng duy trì việc làm cho người lao động.",
    ),
    "coop": (
        "Hoạt động của hợp tác xã ổn định; xã viên, người lao động có việc làm thường xuyên.",
        "Sản phẩm tiêu thụ chậm, thu nhập của người lao động hợp tác xã thấp và không ổn định.",
    ),
    "school": (
        "Đội ngũ giáo viên, nhân viên tập trung thực hiện nhiệm vụ năm học, thực hiện chương "
        "trình giáo dục phổ thông mới.",
        "Nhà trường thực hiện tốt quy chế dân chủ cơ sở; đội ngũ yên tâm công tác, đoàn kết.",
    ),
    "health": (
        "Đội ngũ y, bác sĩ, nhân viên y tế thực hiện tốt công tác khám, chữa bệnh, nâng cao "
        "chất lượng phục vụ người bệnh.",
        "Áp lực công việc tại các khoa lâm sàng lớn do số lượng người bệnh tăng; đoàn viên vẫn "
        "tận tụy với nghề.",
    ),
    "agency": (
        "Cán bộ, công chức, viên chức thực hiện tốt nhiệm vụ chuyên môn, chấp hành nghiêm kỷ "
        "luật, kỷ cương hành chính.",
        "Đơn vị triển khai các nhiệm vụ chuyên môn theo kế hoạch; đoàn viên quan tâm đến việc "
        "sắp xếp tổ chức bộ máy và chế độ, chính sách.",
    ),
}
CONSOLIDATED_OPENINGS = (
    "Qua tổng hợp báo cáo của các công đoàn cơ sở và thông tin từ mạng lưới cộng tác viên, "
    "tình hình tư tưởng của đoàn viên, CNVCLĐ trong tháng cơ bản ổn định.",
    "Qua nắm bắt từ công đoàn cơ sở, cộng tác viên DLXH và các nhóm mạng xã hội của công nhân, "
    "đoàn viên, người lao động tin tưởng vào sự lãnh đạo của Đảng, yên tâm lao động sản xuất.",
    "Tổng hợp ý kiến từ các đơn vị cho thấy tư tưởng của CNVCLĐ ổn định, đồng thuận với các "
    "chủ trương của Đảng, chính sách của Nhà nước; một số tâm tư tập trung vào việc làm, thu "
    "nhập và chế độ, chính sách.",
)
SEASONAL: dict[int, str] = {
    1: "Dịp cuối năm, người lao động quan tâm đến thưởng Tết, lịch nghỉ Tết và các hoạt động "
    "chăm lo Tết của tổ chức công đoàn.",
    2: "Sau kỳ nghỉ Tết Nguyên đán, phần lớn người lao động trở lại làm việc đúng thời gian; "
    "một số doanh nghiệp có tình trạng thiếu lao động cục bộ.",
    3: "Đoàn viên hưởng ứng các hoạt động kỷ niệm Ngày Quốc tế Phụ nữ 8/3 và Ngày thành lập "
    "Đoàn TNCS Hồ Chí Minh 26/3.",
    4: "Người lao động phấn khởi chào mừng kỷ niệm ngày Giải phóng miền Nam, thống nhất đất "
    "nước 30/4 và Ngày Quốc tế Lao động 1/5.",
    5: "Đoàn viên tích cực hưởng ứng Tháng Công nhân và Tháng hành động về an toàn, vệ sinh "
    "lao động.",
    6: "Thời tiết nắng nóng gay gắt ảnh hưởng đến sức khỏe, điều kiện làm việc của người lao "
    "động, nhất là tại các nhà xưởng, công trình ngoài trời.",
    7: "Đoàn viên quan tâm đến các chính sách mới có hiệu lực từ ngày 01/7; hưởng ứng các "
    "hoạt động kỷ niệm Ngày Thương binh – Liệt sĩ 27/7 và ngày thành lập Công đoàn Việt Nam 28/7.",
    8: "Người lao động có con em chuẩn bị vào năm học mới quan tâm đến các khoản chi phí học "
    "tập, học phí.",
    9: "Đoàn viên phấn khởi chào mừng Quốc khánh 2/9; quan tâm đến tình hình mưa bão, thiên "
    "tai và công tác phòng chống lụt bão.",
    10: "Đoàn viên nữ phấn khởi tham gia các hoạt động kỷ niệm Ngày Phụ nữ Việt Nam 20/10; "
    "người lao động quan tâm đến kế hoạch sản xuất những tháng cuối năm.",
    11: "Người lao động bắt đầu quan tâm đến kế hoạch sản xuất cuối năm, thưởng Tết và việc "
    "điều chỉnh lương tối thiểu vùng năm sau.",
    12: "Đoàn viên quan tâm đến kết quả đánh giá, xếp loại cuối năm, thưởng Tết và kế hoạch "
    "sản xuất năm mới.",
}
# Events keyed by (year, month) of the report period; only a few, well-known ones.
EVENTS: dict[tuple[int, int], str] = {
    (2024, 9): "CNVCLĐ theo dõi sát tình hình khắc phục hậu quả cơn bão số 3 (Yagi), tích cực "
    "tham gia ủng hộ đồng bào các tỉnh bị thiệt hại.",
    (2024, 12): "Đoàn viên quan tâm đến chủ trương tổng kết Nghị quyết 18-NQ/TW, sắp xếp, tinh "
    "gọn tổ chức bộ máy của hệ thống chính trị.",
    (2025, 3): "Đoàn viên quan tâm đến chủ trương sắp xếp đơn vị hành chính cấp tỉnh, cấp xã "
    "và không tổ chức cấp huyện.",
    (2025, 7): "Chính quyền địa phương hai cấp chính thức vận hành từ ngày 01/7/2025; người "
    "lao động quan tâm đến thủ tục hành chính tại các xã, phường mới.",
    (2026, 1): "Đoàn viên phấn khởi, tin tưởng theo dõi Đại hội đại biểu toàn quốc lần thứ XIV "
    "của Đảng.",
    (2026, 3): "CNVCLĐ quan tâm, hưởng ứng cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu "
    "HĐND các cấp nhiệm kỳ 2026 – 2031.",
}
CLOSINGS = (
    "Không phát sinh vụ việc phức tạp, điểm nóng về tư tưởng.",
    "Công đoàn đã kịp thời nắm bắt, phản ánh tâm tư, nguyện vọng của đoàn viên tới người sử "
    "dụng lao động và công đoàn cấp trên.",
    "Các luồng dư luận chủ yếu tập trung vào việc làm, thu nhập và chế độ, chính sách.",
    "Mạng lưới cộng tác viên DLXH hoạt động đều, thông tin phản ánh kịp thời.",
)
FORECASTS = (
    "Thời gian tới, tình hình tư tưởng của đoàn viên, người lao động cơ bản ổn định; cần "
    "theo dõi tâm tư liên quan đến việc làm, thu nhập.",
    "Dự báo dư luận tiếp tục tập trung vào tiền lương, thưởng và giá cả sinh hoạt; tiềm ẩn "
    "nguy cơ ngừng việc tập thể tại một số doanh nghiệp có đơn hàng giảm.",
    "Tâm lý người lao động ổn định nếu doanh nghiệp duy trì đơn hàng, trả lương đúng hạn.",
    "Các đối tượng xấu có thể lợi dụng mạng xã hội để đăng tải thông tin sai sự thật, cần "
    "chủ động nắm bắt, định hướng.",
)
TASKS = (
    "Tiếp tục nắm bắt tình hình tư tưởng, tâm tư, nguyện vọng của đoàn viên, người lao động.",
    "Tổ chức đối thoại định kỳ tại doanh nghiệp; giải quyết kịp thời kiến nghị của người lao động.",
    "Duy trì hoạt động của mạng lưới cộng tác viên DLXH, nhóm Zalo nắm bắt dư luận.",
    "Tuyên truyền các chủ trương của Đảng, chính sách pháp luật của Nhà nước, nghị quyết công "
    "đoàn các cấp.",
    "Đấu tranh, phản bác các quan điểm sai trái, thù địch, xuyên tạc về giai cấp công nhân và "
    "tổ chức Công đoàn Việt Nam.",
    "Theo dõi sát tình hình tiền lương, thưởng, việc làm; chủ động phòng ngừa ngừng việc tập thể.",
    "Chăm lo đời sống, hỗ trợ đoàn viên có hoàn cảnh khó khăn.",
)
DIFFICULTIES = (
    "",
    "",
    "Cán bộ công đoàn cơ sở kiêm nhiệm, thời gian nắm bắt dư luận còn hạn chế.",
    "Một số cộng tác viên chưa được tập huấn kỹ năng nắm bắt, phân tích dư luận.",
    "Việc tiếp cận các nhóm mạng xã hội kín của công nhân còn khó khăn.",
    "Thông tin phản ánh từ một số đơn vị chưa kịp thời, chưa đầy đủ.",
)
COLLAB_NOTES = (
    "",
    "Mạng lưới cộng tác viên duy trì ổn định.",
    "Bổ sung cộng tác viên tại các tổ sản xuất đông lao động.",
    "Tổ chức sinh hoạt định kỳ, cung cấp thông tin định hướng cho cộng tác viên.",
)


@dataclass(frozen=True)
class IncidentBank:
    """Phrases for one incident kind; ``{dn}`` stands for the enterprise or unit name."""

    title: str
    causes: tuple[str, ...]
    actions: tuple[str, ...]
    handled_by: tuple[str, ...]
    resolutions: tuple[str, ...]
    union_roles: tuple[str, ...]
    share_involved: tuple[float, float]  # fraction of the workforce involved
    sensitive: bool = False


_HANDLERS = (
    "Ban Quản lý các khu công nghiệp tỉnh, Sở Nội vụ, Công đoàn các KCN, Công an xã",
    "UBND xã, Công an xã, LĐLĐ tỉnh, Công đoàn cơ sở",
    "Tổ công tác liên ngành của tỉnh, Công đoàn các KCN",
)
INCIDENTS: dict[str, IncidentBank] = {
    "work_stoppage": IncidentBank(
        "Ngừng việc tập thể tại {dn}",
        (
            "Người lao động yêu cầu tăng lương cơ bản, tăng phụ cấp chuyên cần và tiền hỗ trợ "
            "nhà trọ; phản đối việc doanh nghiệp cắt thưởng năng suất.",
            "Yêu cầu doanh nghiệp công bố mức thưởng Tết, thưởng tối thiểu một tháng lương và "
            "thanh toán trước ngày nghỉ Tết.",
            "Phản đối chất lượng bữa ăn ca kém, yêu cầu nâng giá trị suất ăn và thay nhà cung "
            "cấp suất ăn.",
            "Phản đối cách quản lý của một quản lý người nước ngoài (la mắng, ép định mức); yêu "
            "cầu doanh nghiệp xin lỗi và thay người quản lý.",
            "Yêu cầu doanh nghiệp trả đủ tiền làm thêm giờ, không bắt làm thêm ngày Chủ nhật.",
        ),
        (
            "Công đoàn các KCN phối hợp Ban Quản lý các KCN, Sở Nội vụ có mặt tại doanh nghiệp, "
            "nắm bắt yêu cầu; hướng dẫn người lao động cử đại diện đối thoại, giữ trật tự.",
            "Công đoàn cơ sở báo cáo nhanh công đoàn cấp trên; tổ chức đối thoại giữa ban giám "
            "đốc và đại diện người lao động ngay trong ngày.",
        ),
        _HANDLERS,
        (
            "Doanh nghiệp chấp thuận tăng phụ cấp chuyên cần, điều chỉnh bữa ăn ca từ tháng sau; "
            "người lao động trở lại làm việc bình thường.",
            "Doanh nghiệp cam kết công bố mức thưởng Tết và chi trả trước kỳ nghỉ; công nhân đi "
            "làm trở lại vào ca sáng hôm sau.",
            "Doanh nghiệp chấp nhận một phần yêu cầu; hai bên ký biên bản đối thoại, sản xuất "
            "trở lại ổn định.",
        ),
        (
            "Công đoàn đại diện người lao động đối thoại, thương lượng với chủ doanh nghiệp; "
            "giám sát việc thực hiện cam kết.",
            "Công đoàn cấp trên trực tiếp hỗ trợ công đoàn cơ sở, tuyên truyền người lao động "
            "không có hành vi quá khích.",
        ),
        (0.15, 0.9),
        True,
    ),
    "strike": IncidentBank(
        "Đình công tại {dn}",
        (
            "Sau thương lượng không thành về điều chỉnh lương, ban chấp hành công đoàn cơ sở lấy "
            "ý kiến người lao động và tổ chức đình công theo quy định.",
        ),
        (
            "Công đoàn cơ sở thực hiện đúng trình tự, thủ tục đình công; LĐLĐ tỉnh cử cán bộ hỗ "
            "trợ pháp lý, giữ an ninh trật tự.",
        ),
        _HANDLERS,
        ("Hai bên đạt thỏa thuận tăng lương 6% và bổ sung phụ cấp nhà trọ; kết thúc đình công.",),
        ("Công đoàn lãnh đạo đình công đúng pháp luật, đại diện người lao động thương lượng.",),
        (0.5, 0.95),
        True,
    ),
    "dispute": IncidentBank(
        "Tranh chấp lao động tập thể về quyền tại {dn}",
        (
            "Người lao động khiếu nại việc doanh nghiệp đơn phương chuyển đổi hợp đồng lao động, "
            "không tính thâm niên khi điều chỉnh lương.",
            "Tranh chấp về cách tính tiền lương ngừng việc trong thời gian doanh nghiệp thiếu "
            "đơn hàng.",
        ),
        (
            "Công đoàn cơ sở đề nghị hòa giải viên lao động tiến hành hòa giải; công đoàn cấp "
            "trên tư vấn pháp luật cho người lao động.",
        ),
        ("Hòa giải viên lao động, Sở Nội vụ, Công đoàn cấp trên",),
        (
            "Hòa giải thành; doanh nghiệp cam kết tính lại tiền lương ngừng việc theo quy định.",
            "Hai bên thống nhất biên bản hòa giải; doanh nghiệp điều chỉnh lại quy chế lương.",
        ),
        ("Công đoàn đại diện người lao động tham gia hòa giải, bảo vệ quyền lợi hợp pháp.",),
        (0.05, 0.4),
    ),
    "wage_arrears": IncidentBank(
        "Nợ lương, nợ BHXH tại {dn}",
        (
            "Doanh nghiệp nợ lương 2 tháng và nợ đóng BHXH 8 tháng; người lao động yêu cầu "
            "thanh toán dứt điểm và chốt sổ BHXH.",
            "Doanh nghiệp chậm trả lương tháng trước, chưa đóng BHXH từ đầu năm; người lao động "
            "lo lắng không được hưởng chế độ thai sản, ốm đau.",
        ),
        (
            "LĐLĐ tỉnh làm việc với chủ doanh nghiệp, đề nghị cơ quan BHXH đôn đốc thu; công "
            "đoàn cơ sở hướng dẫn người lao động làm thủ tục khởi kiện.",
            "Công đoàn cấp trên kiến nghị Sở Nội vụ thanh tra; hỗ trợ đoàn viên khó khăn từ quỹ "
            "Tấm lòng vàng.",
        ),
        ("Bảo hiểm xã hội tỉnh, Sở Nội vụ, LĐLĐ tỉnh",),
        (
            "Doanh nghiệp đã trả một phần tiền lương, cam kết trả hết trong tháng sau.",
            "Doanh nghiệp thanh toán đủ lương; khoản nợ BHXH được xây dựng lộ trình trả nợ.",
        ),
        (
            "Công đoàn khởi kiện doanh nghiệp nợ đóng BHXH theo ủy quyền của người lao động.",
            "Công đoàn đôn đốc, giám sát doanh nghiệp thực hiện cam kết trả nợ lương.",
        ),
        (0.6, 1.0),
    ),
    "employer_absconding": IncidentBank(
        "Chủ doanh nghiệp bỏ trốn tại {dn}",
        (
            "Chủ doanh nghiệp (người nước ngoài) rời khỏi Việt Nam, để lại khoản nợ lương 2 "
            "tháng, nợ BHXH và nợ nhà cung cấp; người lao động tập trung đòi quyền lợi.",
        ),
        (
            "UBND tỉnh thành lập tổ công tác; LĐLĐ tỉnh hỗ trợ người lao động làm thủ tục hưởng "
            "trợ cấp thất nghiệp, giới thiệu việc làm mới, trao quà hỗ trợ.",
        ),
        ("Tổ công tác liên ngành của tỉnh, Công an tỉnh, LĐLĐ tỉnh",),
        ("Tạm ứng lương từ kinh phí hỗ trợ của tỉnh; tài sản doanh nghiệp được kê biên.",),
        ("Công đoàn đại diện khởi kiện, hỗ trợ người lao động ổn định đời sống.",),
        (0.9, 1.0),
        True,
    ),
    "mass_layoff": IncidentBank(
        "Cắt giảm lao động hàng loạt tại {dn}",
        (
            "Doanh nghiệp thông báo chấm dứt hợp đồng với nhiều lao động do thiếu đơn hàng; "
            "người lao động yêu cầu trả trợ cấp mất việc đầy đủ.",
        ),
        (
            "Công đoàn tham gia xây dựng phương án sử dụng lao động, đề nghị ưu tiên giữ lại "
            "lao động nữ nuôi con nhỏ.",
        ),
        ("Sở Nội vụ, Công đoàn cấp trên, Trung tâm Dịch vụ việc làm",),
        (
            "Doanh nghiệp chi trả trợ cấp mất việc theo quy định; người lao động được giới thiệu "
            "việc làm mới.",
        ),
        ("Công đoàn tham gia phương án sử dụng lao động, giám sát việc chi trả chế độ.",),
        (0.1, 0.35),
    ),
    "accident": IncidentBank(
        "Tai nạn lao động tại {dn}",
        (
            "Một công nhân bị thương nặng khi vận hành máy ép; người lao động yêu cầu doanh "
            "nghiệp kiểm tra an toàn thiết bị và chi trả đầy đủ chế độ.",
            "Sập giàn giáo trong quá trình thi công khiến 2 người lao động bị thương.",
        ),
        (
            "Công đoàn cơ sở thăm hỏi, hỗ trợ người bị nạn; phối hợp đoàn điều tra tai nạn lao "
            "động xác định nguyên nhân.",
        ),
        ("Sở Nội vụ, Công an xã, Công đoàn cơ sở",),
        (
            "Doanh nghiệp chi trả chi phí điều trị, bồi thường theo quy định; rà soát lại quy "
            "trình an toàn.",
        ),
        ("Công đoàn tham gia đoàn điều tra, giám sát việc bồi thường cho người lao động.",),
        (0.001, 0.01),
    ),
    "food_poisoning": IncidentBank(
        "Ngộ độc thực phẩm tập thể tại {dn}",
        (
            "Sau bữa ăn ca trưa, nhiều công nhân có biểu hiện đau bụng, buồn nôn, chóng mặt; "
            "người lao động yêu cầu làm rõ trách nhiệm nhà cung cấp suất ăn.",
        ),
        (
            "Doanh nghiệp đưa người lao động đi cấp cứu; cơ quan y tế lấy mẫu thức ăn lưu xét "
            "nghiệm; công đoàn thăm hỏi công nhân đang điều trị.",
        ),
        ("Sở Y tế, Trung tâm Y tế khu vực, Công đoàn các KCN",),
        (
            "Các công nhân đã ổn định sức khỏe, xuất viện; doanh nghiệp thay đổi đơn vị cung cấp "
            "suất ăn.",
        ),
        ("Công đoàn giám sát bếp ăn, đề nghị doanh nghiệp chi trả chi phí điều trị và ngày công.",),
        (0.02, 0.15),
        True,
    ),
    "hostile_online": IncidentBank(
        "Thông tin sai sự thật trên mạng xã hội liên quan đến {dn}",
        (
            "Một tài khoản Facebook đăng tải thông tin sai sự thật về việc doanh nghiệp sắp đóng "
            "cửa, không trả lương, kêu gọi công nhân nghỉ việc; bài viết được chia sẻ nhiều "
            "trong các nhóm Zalo.",
            "Trang mạng xã hội xuyên tạc vai trò tổ chức công đoàn, cho rằng công đoàn không "
            "bảo vệ người lao động, kêu gọi không đóng đoàn phí.",
        ),
        (
            "Công đoàn cơ sở cung cấp thông tin chính thống trong các nhóm Zalo công nhân; báo "
            "cáo LĐLĐ tỉnh, phối hợp cơ quan chức năng xác minh tài khoản đăng tin.",
        ),
        ("Công an tỉnh (Phòng An ninh mạng), Ban Tuyên giáo – Nữ công LĐLĐ tỉnh",),
        ("Bài viết đã được gỡ bỏ; dư luận trong công nhân ổn định trở lại.",),
        ("Công đoàn kịp thời định hướng dư luận, phản bác thông tin sai lệch.",),
        (0.05, 0.5),
        True,
    ),
    "other": IncidentBank(
        "Người lao động tập trung kiến nghị tại {dn}",
        (
            "Người lao động kiến nghị về việc doanh nghiệp thay đổi lịch làm việc, tuyến xe đưa "
            "đón mà không thông báo trước.",
        ),
        ("Công đoàn cơ sở tiếp nhận kiến nghị, đề nghị doanh nghiệp đối thoại.",),
        ("Công đoàn cơ sở, ban giám đốc doanh nghiệp",),
        ("Doanh nghiệp giữ nguyên lịch làm việc cũ, bổ sung tuyến xe đưa đón.",),
        ("Công đoàn đại diện tập hợp, chuyển kiến nghị tới chủ doanh nghiệp.",),
        (0.05, 0.3),
    ),
}
# (kind, weight) per audience: enterprises see stoppages; the public sector mostly rumours.
INCIDENT_WEIGHTS: dict[str, tuple[tuple[str, int], ...]] = {
    "fdi": (
        ("work_stoppage", 40),
        ("strike", 2),
        ("dispute", 7),
        ("wage_arrears", 8),
        ("employer_absconding", 4),
        ("mass_layoff", 8),
        ("accident", 6),
        ("food_poisoning", 12),
        ("hostile_online", 9),
        ("other", 4),
    ),
    "dom": (
        ("work_stoppage", 10),
        ("dispute", 10),
        ("wage_arrears", 25),
        ("mass_layoff", 10),
        ("accident", 20),
        ("food_poisoning", 5),
        ("hostile_online", 10),
        ("other", 10),
    ),
    "pub": (("hostile_online", 70), ("other", 30)),
}
THEMES = (
    "Báo cáo chuyên đề về tình hình nhà ở, nhà trọ của công nhân lao động",
    "Báo cáo chuyên đề về dư luận của CNVCLĐ đối với việc điều chỉnh lương tối thiểu vùng",
    "Báo cáo chuyên đề về tình hình rút bảo hiểm xã hội một lần của người lao động",
    "Báo cáo chuyên đề về việc thực hiện bữa ăn ca tại các doanh nghiệp",
    "Báo cáo chuyên đề về dư luận của đoàn viên đối với chủ trương sắp xếp, tinh gọn bộ máy",
    "Báo cáo chuyên đề về thông tin xấu, độc trên mạng xã hội trong công nhân lao động",
)
THEME_TOPICS = ("nha-o", "tien-luong", "bhxh-bhyt", "bua-an-ca", "sap-xep-bo-may", "mang-xa-hoi")
