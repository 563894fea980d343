<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>AuditMigration</name>
    <message>
        <source>Nhật ký thay đổi của tệp %1 bị phá vỡ tại dòng %2 (đã bị sửa hoặc xóa ngoài ứng dụng) nên không nâng cấp được; tệp được giữ nguyên. Hãy khôi phục từ bản sao lưu.</source>
        <translation>The change log of %1 is broken at row %2 (edited or deleted outside the app), so the file cannot be upgraded; it is left as it was. Restore it from a backup.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Không đọc được %1: %2</source>
        <translation>Could not read %1: %2</translation>
    </message>
    <message>
        <source>Không ghi được %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Không tạo được thư mục %1.</source>
        <translation>Could not create the folder %1.</translation>
    </message>
    <message>
        <source>Bản sao lưu %1 không qua được kiểm tra (như lệnh check): %2 Không khôi phục; %3 vẫn như cũ.</source>
        <translation>The backup %1 fails the check (as the check command runs it): %2 Nothing restored; %3 is as it was.</translation>
    </message>
</context>
<context>
    <name>CampaignCommands</name>
    <message>
        <source>Tệp không có đợt mã “%1”; các đợt trong tệp: %2.</source>
        <translation>The file has no campaign with code “%1”; its campaigns: %2.</translation>
    </message>
    <message>
        <source>--goal “%1”: cần một tỷ lệ từ trên 0% đến 100%, ví dụ 65%.</source>
        <translation>--goal “%1”: a share above 0% and at most 100% is needed, e.g. 65%.</translation>
    </message>
    <message>
        <source>--goal “%1”: cần một số người (40.000) hoặc một tỷ lệ (65%).</source>
        <translation>--goal “%1”: a number of people (40,000) or a share (65%) is needed.</translation>
    </message>
    <message>
        <source>Đợt “%1” không có đơn vị “%2”.</source>
        <translation>Campaign “%1” has no unit “%2”.</translation>
    </message>
    <message>
        <source>--%1 “%2”: cần dạng “TÊN ĐƠN VỊ=SỐ”.</source>
        <translation>--%1 “%2”: the form “UNIT NAME=NUMBER” is needed.</translation>
    </message>
    <message>
        <source>--%1 “%2”: %3</source>
        <translation>--%1 “%2”: %3</translation>
    </message>
    <message>
        <source>Tên đợt.</source>
        <translation>The campaign&apos;s name.</translation>
    </message>
    <message>
        <source>Ngày bắt đầu (dd/MM/yyyy).</source>
        <translation>Start date (dd/MM/yyyy).</translation>
    </message>
    <message>
        <source>Ngày kết thúc (dd/MM/yyyy).</source>
        <translation>End date (dd/MM/yyyy).</translation>
    </message>
    <message>
        <source>Mục tiêu: số người (40.000) hoặc tỷ lệ dân số (65%).</source>
        <translation>Goal: a number of people (40,000) or a share of the population (65%).</translation>
    </message>
    <message>
        <source>Địa bàn.</source>
        <translation>Area.</translation>
    </message>
    <message>
        <source>Cơ quan chủ trì.</source>
        <translation>Organisation in charge.</translation>
    </message>
    <message>
        <source>Căn cứ kế hoạch.</source>
        <translation>Plan reference.</translation>
    </message>
    <message>
        <source>Dân số tính là gì (ví dụ: Người dân từ 16 tuổi trở lên).</source>
        <translation>What the population counts (e.g. people aged 16 and over).</translation>
    </message>
    <message>
        <source>Dân số của một đơn vị, dạng “Xã Ba Bể=9000” (lặp lại được).</source>
        <translation>A unit&apos;s population, as “Xã Ba Bể=9000” (may be repeated).</translation>
    </message>
    <message>
        <source>Chỉ tiêu nhập tay của một đơn vị, dạng “Xã Ba Bể=1700”.</source>
        <translation>A unit&apos;s quota typed by hand, as “Xã Ba Bể=1700”.</translation>
    </message>
    <message>
        <source>Bảng đơn vị (xlsx hoặc csv: tên, loại, dân số, chỉ tiêu nếu có) thay cho các đơn vị hiện có.</source>
        <translation>A units sheet (xlsx or csv: name, kind, population, quota if any) in place of the current units.</translation>
    </message>
    <message>
        <source>Phân bổ lại chỉ tiêu từ mục tiêu cho các đơn vị không nhập tay chỉ tiêu.</source>
        <translation>Apportion the goal again among the units whose quota was not typed by hand.</translation>
    </message>
    <message>
        <source>Bảng đơn vị %1 không dùng được (không có gì thay đổi):
%2</source>
        <translation>The units sheet %1 cannot be used (nothing was changed):
%2</translation>
    </message>
    <message numerus="yes">
        <source>Chưa có dân số của %n đơn vị: %1. Điền bằng --population “TÊN=SỐ”, hoặc xuất tệp đợt (export --template …), điền rồi nhập lại.</source>
        <translation>
            <numerusform>%n unit has no population yet: %1. Give it with --population “NAME=NUMBER”, or export the campaign file (export --template …), fill it in and import it.</numerusform>
            <numerusform>%n units have no population yet: %1. Give them with --population “NAME=NUMBER”, or export the campaign file (export --template …), fill it in and import it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Không ghi được tệp %1: %2</source>
        <translation>Could not write file %1: %2</translation>
    </message>
    <message>
        <source>Không đọc được %1: %2</source>
        <translation>Could not read %1: %2</translation>
    </message>
    <message>
        <source>Tệp đợt %1 không dùng được:
%2</source>
        <translation>The campaign file %1 cannot be used:
%2</translation>
    </message>
    <message>
        <source>Không có mẫu “%1”; các mẫu: %2.</source>
        <translation>There is no template “%1”; the templates: %2.</translation>
    </message>
    <message>
        <source>%1  %2 – %3  %4 đơn vị  mục tiêu %5  %6
    %7</source>
        <translation>%1  %2 – %3  %4 units  goal %5  %6
    %7</translation>
    </message>
    <message>
        <source>Mã: %1   Trạng thái: %2</source>
        <translation>Code: %1   State: %2</translation>
    </message>
    <message>
        <source>Cơ quan: %1</source>
        <translation>Organisation: %1</translation>
    </message>
    <message>
        <source>Địa bàn: %1</source>
        <translation>Area: %1</translation>
    </message>
    <message>
        <source>Thời gian: %1 – %2 (%3 ngày)</source>
        <translation>Dates: %1 – %2 (%3 days)</translation>
    </message>
    <message>
        <source>Mục tiêu: %1 của %2 người = %3 người</source>
        <translation>Goal: %1 of %2 people = %3 people</translation>
    </message>
    <message>
        <source>Mục tiêu: %1 người</source>
        <translation>Goal: %1 people</translation>
    </message>
    <message>
        <source>Ngưỡng: đúng tiến độ từ %1%, có nguy cơ từ %2%</source>
        <translation>Thresholds: on track from %1%, at risk from %2%</translation>
    </message>
    <message>
        <source>%1 (ẩn)</source>
        <translation>%1 (hidden)</translation>
    </message>
    <message>
        <source>Nhà mạng: %1</source>
        <translation>Providers: %1</translation>
    </message>
    <message>
        <source>Nhóm: %1 (%2)</source>
        <translation>Group: %1 (%2)</translation>
    </message>
    <message>
        <source>mục tiêu %1 quy mô</source>
        <translation>goal %1 of its size</translation>
    </message>
    <message>
        <source>mục tiêu nhập theo đơn vị</source>
        <translation>goal typed per unit</translation>
    </message>
    <message>
        <source>TT	Đơn vị	Loại	%1	Chỉ tiêu</source>
        <translation>No.	Unit	Kind	%1	Quota</translation>
    </message>
    <message>
        <source>Dân số</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>(chưa có)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <source> (nhập tay)</source>
        <translation> (typed by hand)</translation>
    </message>
    <message>
        <source> (ẩn khi nhập)</source>
        <translation> (hidden from entry)</translation>
    </message>
    <message>
        <source>Tổng cộng</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Cần đúng một trong --template, --copy-of hoặc --file.</source>
        <translation>Exactly one of --template, --copy-of or --file is needed.</translation>
    </message>
    <message>
        <source>Cần --code cho đợt mới.</source>
        <translation>The new campaign needs --code.</translation>
    </message>
    <message>
        <source>mẫu %1</source>
        <translation>template %1</translation>
    </message>
    <message>
        <source>bản sao của đợt %1</source>
        <translation>copy of campaign %1</translation>
    </message>
    <message>
        <source>Đã tạo đợt “%1” (%2): %3 đơn vị, mục tiêu %4 người.</source>
        <translation>Created campaign “%1” (%2): %3 units, goal %4 people.</translation>
    </message>
    <message>
        <source>Không có gì thay đổi.</source>
        <translation>Nothing changed.</translation>
    </message>
    <message>
        <source>Đã sửa %1 mục của đợt “%2”:</source>
        <translation>Changed %1 items of campaign “%2”:</translation>
    </message>
    <message>
        <source>Cần --out TỆP.json (hoặc TỆP.xlsx: bảng đơn vị).</source>
        <translation>--out FILE.json (or FILE.xlsx: the units sheet) is needed.</translation>
    </message>
    <message>
        <source>Đã ghi %1.</source>
        <translation>Wrote %1.</translation>
    </message>
    <message>
        <source>Tệp đã có đợt mã “%1”: đặt mã khác bằng --code.</source>
        <translation>The file already has a campaign with code “%1”: give another with --code.</translation>
    </message>
    <message>
        <source>Đã nhập đợt “%1” từ %2: %3 đơn vị.</source>
        <translation>Imported campaign “%1” from %2: %3 units.</translation>
    </message>
    <message>
        <source>Cách dùng: signtally campaign list|show|new|edit|export|import [tùy chọn]
  list     các đợt trong tệp
  show     thiết lập của một đợt (--format json: tệp đợt)
  new      tạo đợt mới từ --template MẪU, --copy-of MÃ hoặc --file TỆP.json
  edit     sửa thiết lập của một đợt (có ghi nhật ký)
  export   ghi thiết lập của một đợt (hoặc --template MẪU) ra --out TỆP.json
  import   nhập một đợt mới từ TỆP.json (mã khác với các đợt đã có)
Mẫu có sẵn: %1</source>
        <translation>Usage: signtally campaign list|show|new|edit|export|import [options]
  list     the campaigns in the file
  show     a campaign&apos;s set-up (--format json: a campaign file)
  new      a new campaign from --template NAME, --copy-of CODE or --file FILE.json
  edit     change a campaign&apos;s set-up (audited)
  export   write a campaign&apos;s set-up (or --template NAME) to --out FILE.json
  import   a new campaign from FILE.json (with a code not yet in the file)
Templates: %1</translation>
    </message>
    <message>
        <source>Không có việc “%1”.
%2</source>
        <translation>There is no action “%1”.
%2</translation>
    </message>
    <message>
        <source>text hoặc csv.</source>
        <translation>text or csv.</translation>
    </message>
    <message>
        <source>text hoặc json.</source>
        <translation>text or json.</translation>
    </message>
    <message>
        <source>Mã của đợt mới.</source>
        <translation>The new campaign&apos;s code.</translation>
    </message>
    <message>
        <source>Bắt đầu từ một mẫu có sẵn.</source>
        <translation>Start from a bundled template.</translation>
    </message>
    <message>
        <source>Bắt đầu từ bản sao của một đợt trong tệp.</source>
        <translation>Start from a copy of a campaign in the file.</translation>
    </message>
    <message>
        <source>Bắt đầu từ một tệp đợt (JSON).</source>
        <translation>Start from a campaign file (JSON).</translation>
    </message>
    <message>
        <source>Tệp JSON cần ghi.</source>
        <translation>The JSON file to write.</translation>
    </message>
    <message>
        <source>Xuất một mẫu có sẵn thay cho một đợt trong tệp.</source>
        <translation>Export a bundled template instead of a campaign in the file.</translation>
    </message>
    <message>
        <source>Cần đúng một tệp đợt: signtally campaign import TỆP.json [--code MÃ]</source>
        <translation>Exactly one campaign file is needed: signtally campaign import FILE.json [--code CODE]</translation>
    </message>
    <message>
        <source>Tham số không hợp lệ: %1</source>
        <translation>Invalid argument: %1</translation>
    </message>
    <message>
        <source>Các đợt trong tệp: xem, tạo, sửa, xuất, nhập thiết lập.</source>
        <translation>The file&apos;s campaigns: list, show, create, change, export, import their set-up.</translation>
    </message>
</context>
<context>
    <name>CampaignFile</name>
    <message>
        <source>Không phải tệp JSON hợp lệ (vị trí %1: %2).</source>
        <translation>Not a valid JSON file (at %1: %2).</translation>
    </message>
    <message>
        <source>Định dạng “%1” không được hỗ trợ: cần “%2” (hoặc “signtally-campaign/1”).</source>
        <translation>Format “%1” is not supported: “%2” (or “signtally-campaign/1”) is needed.</translation>
    </message>
    <message>
        <source>campaign.%1: “%2” không phải ngày dạng YYYY-MM-DD.</source>
        <translation>campaign.%1: “%2” is not a date in the form YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>campaign.goal.kind: “%1” phải là “absolute” hoặc “percent”.</source>
        <translation>campaign.goal.kind: “%1” must be “absolute” or “percent”.</translation>
    </message>
    <message>
        <source>groups[%1].goal.kind: “%2” phải là “percent” hoặc “absolute”.</source>
        <translation>groups[%1].goal.kind: “%2” must be “percent” or “absolute”.</translation>
    </message>
    <message>
        <source>units[%1] (%2): loại “%3” phải là commune (xã), ward (phường) hoặc town (thị trấn).</source>
        <translation>units[%1] (%2): kind “%3” must be commune (xã), ward (phường) or town (thị trấn).</translation>
    </message>
    <message>
        <source>%1.%2: “%3” không phải số nguyên.</source>
        <translation>%1.%2: “%3” is not a whole number.</translation>
    </message>
    <message>
        <source>Thái Nguyên 2025: đợt cao điểm “30 ngày, đêm”, 37 xã, phường</source>
        <translation>Thái Nguyên 2025: the “30 days and nights” drive, 37 communes and wards</translation>
    </message>
    <message>
        <source>Mỹ Hào 2023: 13 xã, phường, 65% người từ 16 tuổi, 5 nhóm đối tượng</source>
        <translation>Mỹ Hào 2023: 13 communes and wards, 65% of people aged 16 and over, 5 target groups</translation>
    </message>
</context>
<context>
    <name>CampaignSetup</name>
    <message>
        <source>Mã đợt “%1” không hợp lệ: chỉ chữ thường không dấu, chữ số và dấu gạch ngang, tối đa 40 ký tự.</source>
        <translation>Campaign code “%1” is not valid: lower-case letters without accents, digits and hyphens only, at most 40 characters.</translation>
    </message>
    <message>
        <source>Đợt chưa có tên.</source>
        <translation>The campaign has no name.</translation>
    </message>
    <message>
        <source>Đợt chưa có ngày bắt đầu hoặc ngày kết thúc.</source>
        <translation>The campaign has no start or end date.</translation>
    </message>
    <message>
        <source>Ngày kết thúc (%1) trước ngày bắt đầu (%2).</source>
        <translation>The end date (%1) is before the start date (%2).</translation>
    </message>
    <message>
        <source>Đợt dài %1 ngày: tối đa 3.660 ngày (10 năm).</source>
        <translation>The campaign lasts %1 days: at most 3,660 days (10 years).</translation>
    </message>
    <message>
        <source>Mục tiêu của đợt phải lớn hơn 0.</source>
        <translation>The campaign&apos;s goal must be more than 0.</translation>
    </message>
    <message>
        <source>Mục tiêu %1 dân số vượt quá 100%.</source>
        <translation>A goal of %1 of the population is more than 100%.</translation>
    </message>
    <message>
        <source>Ngưỡng trạng thái không hợp lệ: “đúng tiến độ” từ %1 %, “có nguy cơ” từ %2 %.</source>
        <translation>The status thresholds are not valid: “on track” from %1 %, “at risk” from %2 %.</translation>
    </message>
    <message>
        <source>Đợt chưa có đơn vị nào.</source>
        <translation>The campaign has no unit.</translation>
    </message>
    <message>
        <source>Đơn vị dòng %1</source>
        <translation>Unit in row %1</translation>
    </message>
    <message>
        <source>Đơn vị dòng %1 (%2)</source>
        <translation>Unit in row %1 (%2)</translation>
    </message>
    <message>
        <source>%1: chưa có tên.</source>
        <translation>%1: no name.</translation>
    </message>
    <message>
        <source>%1: tên “%2” trùng với đơn vị dòng %3.</source>
        <translation>%1: the name “%2” is also the unit&apos;s in row %3.</translation>
    </message>
    <message>
        <source>%1: dân số âm (%2).</source>
        <translation>%1: negative population (%2).</translation>
    </message>
    <message>
        <source>%1: chỉ tiêu âm (%2).</source>
        <translation>%1: negative quota (%2).</translation>
    </message>
    <message>
        <source>%1: nhóm “%2” không có trong đợt.</source>
        <translation>%1: group “%2” is not in the campaign.</translation>
    </message>
    <message>
        <source>%1: quy mô nhóm “%2” âm (%3).</source>
        <translation>%1: negative size for group “%2” (%3).</translation>
    </message>
    <message>
        <source>%1: nhóm “%2” có mục tiêu theo tỷ lệ quy mô, không nhập mục tiêu riêng.</source>
        <translation>%1: group “%2” has its goal as a share of its size; a goal of its own cannot be given.</translation>
    </message>
    <message>
        <source>%1: mục tiêu nhóm “%2” âm (%3).</source>
        <translation>%1: negative goal for group “%2” (%3).</translation>
    </message>
    <message>
        <source>Đợt chưa có nhà mạng nào.</source>
        <translation>The campaign has no provider.</translation>
    </message>
    <message>
        <source>Nhà mạng dòng %1 (%2)</source>
        <translation>Provider in row %1 (%2)</translation>
    </message>
    <message>
        <source>Nhà mạng dòng %1: chưa có tên.</source>
        <translation>Provider in row %1: no name.</translation>
    </message>
    <message>
        <source>%1: mã “%2” không hợp lệ.</source>
        <translation>%1: code “%2” is not valid.</translation>
    </message>
    <message>
        <source>%1: mã “%2” trùng.</source>
        <translation>%1: code “%2” is used twice.</translation>
    </message>
    <message>
        <source>%1: tên trùng với nhà mạng khác.</source>
        <translation>%1: the name is another provider&apos;s.</translation>
    </message>
    <message>
        <source>Nhóm dòng %1 (%2)</source>
        <translation>Group in row %1 (%2)</translation>
    </message>
    <message>
        <source>Nhóm dòng %1: chưa có tên.</source>
        <translation>Group in row %1: no name.</translation>
    </message>
    <message>
        <source>%1: mục tiêu phải từ trên 0 % đến 100 % quy mô nhóm.</source>
        <translation>%1: the goal must be above 0 % and at most 100 % of the group&apos;s size.</translation>
    </message>
    <message>
        <source>%1: nhóm đầu tiên là toàn bộ dân số, mục tiêu của nó là mục tiêu của đợt.</source>
        <translation>%1: the first group is the whole population; its goal is the campaign&apos;s goal.</translation>
    </message>
    <message>
        <source>Đợt chưa có nhóm đối tượng nào (ít nhất là toàn bộ dân số).</source>
        <translation>The campaign has no target group (at least the whole population).</translation>
    </message>
    <message>
        <source>mã</source>
        <translation>code</translation>
    </message>
    <message>
        <source>tên</source>
        <translation>name</translation>
    </message>
    <message>
        <source>địa bàn</source>
        <translation>area</translation>
    </message>
    <message>
        <source>cơ quan</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>căn cứ kế hoạch</source>
        <translation>plan reference</translation>
    </message>
    <message>
        <source>đối tượng dân số</source>
        <translation>population counted</translation>
    </message>
    <message>
        <source>ngày bắt đầu</source>
        <translation>start date</translation>
    </message>
    <message>
        <source>ngày kết thúc</source>
        <translation>end date</translation>
    </message>
    <message>
        <source>kiểu mục tiêu</source>
        <translation>kind of goal</translation>
    </message>
    <message>
        <source>mục tiêu</source>
        <translation>goal</translation>
    </message>
    <message>
        <source>ngưỡng đúng tiến độ</source>
        <translation>on-track threshold</translation>
    </message>
    <message>
        <source>ngưỡng có nguy cơ</source>
        <translation>at-risk threshold</translation>
    </message>
    <message>
        <source>tên khác</source>
        <translation>other spellings</translation>
    </message>
    <message>
        <source>thứ tự</source>
        <translation>order</translation>
    </message>
    <message>
        <source>ẩn khi nhập</source>
        <translation>hidden from entry</translation>
    </message>
    <message>
        <source>mục tiêu (% quy mô)</source>
        <translation>goal (% of size)</translation>
    </message>
    <message>
        <source>loại</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>dân số</source>
        <translation>population</translation>
    </message>
    <message>
        <source>chỉ tiêu</source>
        <translation>quota</translation>
    </message>
    <message>
        <source>chỉ tiêu nhập tay</source>
        <translation>quota typed by hand</translation>
    </message>
    <message>
        <source>quy mô</source>
        <translation>size</translation>
    </message>
    <message>
        <source>đơn vị số %1</source>
        <translation>unit no. %1</translation>
    </message>
    <message>
        <source>nhóm số %1</source>
        <translation>group no. %1</translation>
    </message>
    <message>
        <source>Đợt: %1</source>
        <translation>Campaign: %1</translation>
    </message>
    <message>
        <source>Nhóm %1: %2</source>
        <translation>Group %1: %2</translation>
    </message>
    <message>
        <source>%1, nhóm %2: %3</source>
        <translation>%1, group %2: %3</translation>
    </message>
    <message>
        <source>Các chỉ tiêu nhập tay cộng lại %1, vượt mục tiêu của đợt (%2).</source>
        <translation>The quotas typed by hand add up to %1, more than the campaign&apos;s goal (%2).</translation>
    </message>
    <message>
        <source>%1 (dòng %2)</source>
        <translation>%1 (row %2)</translation>
    </message>
    <message>
        <source>có</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>không</source>
        <translation>no</translation>
    </message>
    <message>
        <source>tỷ lệ dân số</source>
        <translation>share of the population</translation>
    </message>
    <message>
        <source>số người</source>
        <translation>number of people</translation>
    </message>
    <message>
        <source>phường</source>
        <translation>ward</translation>
    </message>
    <message>
        <source>thị trấn</source>
        <translation>town</translation>
    </message>
    <message>
        <source>xã</source>
        <translation>commune</translation>
    </message>
</context>
<context>
    <name>CampaignStore</name>
    <message>
        <source>Cơ sở dữ liệu %1 không có chiến dịch nào.</source>
        <translation>Database %1 has no campaign.</translation>
    </message>
    <message>
        <source>Chiến dịch %1 không có nhóm đối tượng nào.</source>
        <translation>Campaign %1 has no target group.</translation>
    </message>
    <message>
        <source>Ngưỡng không hợp lệ: &quot;đúng tiến độ&quot; (%1%) phải lớn hơn hoặc bằng &quot;có nguy cơ&quot; (%2%).</source>
        <translation>Invalid thresholds: &quot;on track&quot; (%1%) must be greater than or equal to &quot;at risk&quot; (%2%).</translation>
    </message>
    <message>
        <source>đang diễn ra</source>
        <translation>running</translation>
    </message>
    <message>
        <source>đã kết thúc</source>
        <translation>over</translation>
    </message>
    <message>
        <source>chưa bắt đầu</source>
        <translation>not started</translation>
    </message>
</context>
<context>
    <name>CellHistory</name>
    <message>
        <source>Nhập tay</source>
        <translation>Manual entry</translation>
    </message>
    <message>
        <source>Số liệu mẫu</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>ChartBuilders</name>
    <message>
        <source>Lũy kế</source>
        <translation>Cumulative</translation>
    </message>
    <message>
        <source>Kế hoạch: %1 đến %2</source>
        <translation>Plan: %1 by %2</translation>
    </message>
    <message>
        <source>Chỉ tiêu %1</source>
        <translation>Quota %1</translation>
    </message>
    <message>
        <source>Tính đến %1</source>
        <translation>As of %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Tệp %1 đã tồn tại; SignTally không ghi đè lên tệp có sẵn.</source>
        <translation>File %1 already exists; SignTally does not overwrite existing files.</translation>
    </message>
    <message>
        <source>Đã tạo %1 với chiến dịch mẫu và số liệu minh họa.</source>
        <translation>Created %1 with the sample campaign and demo tallies.</translation>
    </message>
    <message>
        <source>Đã tạo %1 với chiến dịch và 37 đơn vị, chưa có số liệu.</source>
        <translation>Created %1 with the campaign and its 37 units, no tallies yet.</translation>
    </message>
    <message>
        <source>Tiến độ từng đơn vị và tổng cộng (text hoặc csv).</source>
        <translation>Progress of each unit and the total (text or csv).</translation>
    </message>
    <message>
        <source>Tạo cơ sở dữ liệu mới với chiến dịch và các đơn vị, chưa có số liệu.</source>
        <translation>Create a new database with the campaign and its units, no tallies.</translation>
    </message>
    <message>
        <source>Tạo cơ sở dữ liệu mới có số liệu minh họa cho cả đợt.</source>
        <translation>Create a new database with demo tallies for the whole drive.</translation>
    </message>
    <message>
        <source>Kiểm tra tệp: SQLite, khóa ngoại, chuỗi nhật ký, số liệu khớp nhật ký.</source>
        <translation>Check the file: SQLite, foreign keys, audit chain, tallies matching the audit.</translation>
    </message>
    <message>
        <source>Sao lưu cơ sở dữ liệu ra một tệp.</source>
        <translation>Back up the database to a file.</translation>
    </message>
    <message>
        <source>Khôi phục cơ sở dữ liệu từ một tệp sao lưu (giữ lại tệp cũ).</source>
        <translation>Restore the database from a backup file (keeping the old file).</translation>
    </message>
    <message>
        <source>Cách dùng: signtally [--db PATH]            mở cửa sổ ứng dụng
           signtally LỆNH [tùy chọn]        chạy không cần màn hình

Các lệnh:
</source>
        <translation>Usage: signtally [--db PATH]            open the application window
       signtally COMMAND [options]      run without a display

Commands:
</translation>
    </message>
    <message>
        <source>
Mã thoát: 0 thành công, 1 sai cách dùng, 2 dữ liệu đầu vào sai (không thay đổi gì), 3 lỗi cơ sở dữ liệu.
</source>
        <translation>
Exit codes: 0 success, 1 usage error, 2 bad input (nothing changed), 3 database error.
</translation>
    </message>
    <message>
        <source>Không có lệnh &quot;%1&quot;. Xem &quot;signtally help&quot;.</source>
        <translation>There is no command &quot;%1&quot;. See &quot;signtally help&quot;.</translation>
    </message>
    <message>
        <source>Máy chủ PostgreSQL: tạo bảng và nhóm quyền (init), thêm tài khoản.</source>
        <translation>PostgreSQL server: create the tables and group roles (init), add accounts.</translation>
    </message>
</context>
<context>
    <name>CommandContext</name>
    <message>
        <source>Tệp cơ sở dữ liệu (mặc định: tệp trong thư mục dữ liệu ứng dụng).</source>
        <translation>Database file (default: the file in the application data folder).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Hiện hướng dẫn của lệnh này.</source>
        <translation>Show help for this command.</translation>
    </message>
    <message>
        <source>Tham số không hợp lệ: %1</source>
        <translation>Invalid argument: %1</translation>
    </message>
    <message>
        <source>Cần chỉ rõ tệp cơ sở dữ liệu bằng --db PATH.</source>
        <translation>Name the database file with --db PATH.</translation>
    </message>
    <message>
        <source>Ngày không hợp lệ cho --%1: &quot;%2&quot; (dùng dd/MM/yyyy hoặc yyyy-MM-dd).</source>
        <translation>Invalid date for --%1: &quot;%2&quot; (use dd/MM/yyyy or yyyy-MM-dd).</translation>
    </message>
    <message>
        <source>Mã đợt cần dùng khi tệp có nhiều đợt (mặc định: đợt đang diễn ra, không có thì đợt bắt đầu gần nhất).</source>
        <translation>Code of the drive to use when the file holds several (default: the drive running today, else the one that started last).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Tệp không có đợt mã &quot;%1&quot;. Các mã đợt trong tệp: %2.</source>
        <translation>The file has no drive with code &quot;%1&quot;. The file&apos;s drive codes: %2.</translation>
    </message>
    <message>
        <source>Lệnh %1 chỉ làm việc với tệp SQLite, chưa làm việc với máy chủ PostgreSQL (%2).</source>
        <translation>The command %1 works on SQLite files only, not yet on a PostgreSQL server (%2).</translation>
    </message>
</context>
<context>
    <name>CopyCommand</name>
    <message>
        <source>Nguồn: một tệp SQLite, hoặc máy chủ postgresql://NGƯỜI_DÙNG@MÁY_CHỦ:CỔNG/TÊN_CSDL.</source>
        <translation>Source: a SQLite file, or a server postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>Đích: một tệp SQLite chưa có, hoặc máy chủ PostgreSQL đã chạy “signtally server init” và chưa có đợt nào.</source>
        <translation>Target: a SQLite file that does not exist yet, or a PostgreSQL server set up with “signtally server init” that holds no campaign yet.</translation>
    </message>
    <message>
        <source>Cần --from NGUỒN và --to ĐÍCH.</source>
        <translation>Give --from SOURCE and --to TARGET.</translation>
    </message>
    <message>
        <source>Tệp đích %1 đã tồn tại; copy chỉ ghi vào một tệp mới. Không thay đổi gì.</source>
        <translation>The target file %1 exists already; copy writes a new file only. Nothing was changed.</translation>
    </message>
    <message>
        <source>Đã sao chép %1 sang %2.</source>
        <translation>Copied %1 to %2.</translation>
    </message>
    <message>
        <source>%1 đợt, %2 ô số liệu, %3 tuần đang khóa; nhật ký: %4 lần ghi, %5 dòng số liệu, %6 dòng thiết lập, %7 lần khóa/mở khóa tuần.</source>
        <translation>%1 campaigns, %2 tally cells, %3 locked weeks; audit: %4 change sets, %5 tally rows, %6 set-up rows, %7 week locks and unlocks.</translation>
    </message>
    <message>
        <source>Kiểm tra bản sao: tốt. Mã dữ liệu: %1</source>
        <translation>Check of the copy: good. Data fingerprint: %1</translation>
    </message>
    <message>
        <source>Sao chép toàn bộ dữ liệu (mọi đợt, nhật ký) giữa tệp SQLite và máy chủ PostgreSQL.</source>
        <translation>Copies all the data (every campaign, the audit) between a SQLite file and a PostgreSQL server.</translation>
    </message>
</context>
<context>
    <name>CountParse</name>
    <message>
        <source>Chưa nhập số.</source>
        <translation>No number entered.</translation>
    </message>
    <message>
        <source>Không phải là số nguyên (ví dụ hợp lệ: 1605 hoặc 1.605).</source>
        <translation>Not a whole number (valid examples: 1605 or 1,605).</translation>
    </message>
    <message>
        <source>Số lượng không được âm.</source>
        <translation>A count cannot be negative.</translation>
    </message>
    <message>
        <source>Số quá lớn.</source>
        <translation>The number is too large.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Tính đến ngày:</source>
        <translation>As of:</translation>
    </message>
    <message>
        <source>Xem số liệu như tại ngày này (Ctrl+PgUp / Ctrl+PgDown: ngày trước / sau)</source>
        <translation>Show the figures as they stood on this date (Ctrl+PgUp / Ctrl+PgDown: previous / next day)</translation>
    </message>
    <message>
        <source>Hôm nay</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Về ngày hôm nay (trong thời gian đợt)</source>
        <translation>Back to today (within the drive)</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Không đọc được tệp %1: %2</source>
        <translation>Could not read file %1: %2</translation>
    </message>
    <message>
        <source>Tệp %1 rỗng, không phải cơ sở dữ liệu SignTally.</source>
        <translation>File %1 is empty; it is not a SignTally database.</translation>
    </message>
    <message>
        <source>Tệp %1 không phải là cơ sở dữ liệu SignTally (không phải tệp SQLite).</source>
        <translation>File %1 is not a SignTally database (not an SQLite file).</translation>
    </message>
    <message>
        <source>Tệp %1 bị hỏng (phần đầu tệp SQLite không hợp lệ).</source>
        <translation>File %1 is damaged (invalid SQLite file header).</translation>
    </message>
    <message>
        <source>Tệp %1 bị cắt cụt: thiếu %2 byte so với kích thước ghi trong tệp.</source>
        <translation>File %1 is truncated: %2 bytes short of the size recorded in the file.</translation>
    </message>
    <message>
        <source>Không tìm thấy cơ sở dữ liệu %1.</source>
        <translation>Database %1 was not found.</translation>
    </message>
    <message>
        <source>%1 không phải là một tệp.</source>
        <translation>%1 is not a file.</translation>
    </message>
    <message>
        <source>Tệp %1 cần được nâng cấp nhưng đang ở chế độ chỉ đọc.</source>
        <translation>File %1 needs an upgrade but is open read-only.</translation>
    </message>
    <message>
        <source>Tệp %1 đã tồn tại; SignTally không ghi đè lên tệp có sẵn.</source>
        <translation>File %1 already exists; SignTally does not overwrite existing files.</translation>
    </message>
    <message>
        <source>Không tạo được thư mục %1.</source>
        <translation>Could not create the folder %1.</translation>
    </message>
    <message>
        <source>Tệp %1 là cơ sở dữ liệu SQLite của một ứng dụng khác, không phải của SignTally.</source>
        <translation>File %1 is an SQLite database of another application, not of SignTally.</translation>
    </message>
    <message>
        <source>Tệp %1 được tạo bởi phiên bản SignTally mới hơn (lược đồ %2, phiên bản này hiểu đến %3). Hãy cập nhật SignTally.</source>
        <translation>File %1 was made by a newer version of SignTally (schema %2; this version understands up to %3). Please update SignTally.</translation>
    </message>
    <message>
        <source>Tệp %1 đang mở ở chế độ chỉ đọc; không thể lưu thay đổi.</source>
        <translation>File %1 is open read-only; changes cannot be saved.</translation>
    </message>
    <message>
        <source>Tệp %1 có một lần ghi bị gián đoạn (tệp -journal bên cạnh) cần SQLite khôi phục, nhưng tài khoản này không có quyền ghi tệp hoặc thư mục. Hãy mở nó bằng tài khoản có quyền ghi.</source>
        <translation>The file %1 has an interrupted write (the -journal file beside it) that SQLite must recover, but this account may not write the file or its folder. Open it with an account that may write.</translation>
    </message>
    <message>
        <source>Tệp %1 mang dấu của SignTally nhưng không có dữ liệu SignTally (không có bảng hoặc phiên bản lược đồ 0): tệp hỏng hoặc không phải của SignTally; không mở.</source>
        <translation>The file %1 carries SignTally&apos;s tag but no SignTally data (no tables, or schema version 0): it is damaged or not SignTally&apos;s; not opened.</translation>
    </message>
    <message>
        <source>Nâng cấp tệp %1 lên lược đồ %2 để lại khóa ngoại sai: bảng %3, dòng %4.</source>
        <translation>Upgrading %1 to schema %2 left a broken foreign key: table %3, row %4.</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <source>Cơ sở dữ liệu SignTally (*.sqlite *.db);;Tất cả các tệp (*)</source>
        <translation>SignTally databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Không mở được cơ sở dữ liệu</source>
        <translation>Could not open the database</translation>
    </message>
    <message>
        <source>Tệp này không bị thay đổi. Bạn có thể mở một tệp khác hoặc tạo một cơ sở dữ liệu mới.</source>
        <translation>This file has not been changed. You can open another file or create a new database.</translation>
    </message>
    <message>
        <source>Mở tệp khác…</source>
        <translation>Open another file…</translation>
    </message>
    <message>
        <source>Tạo tệp mới…</source>
        <translation>Create a new file…</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Mở cơ sở dữ liệu</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>Tạo cơ sở dữ liệu mới</source>
        <translation>Create a new database</translation>
    </message>
    <message>
        <source>signtally-moi.sqlite</source>
        <translation>signtally-new.sqlite</translation>
    </message>
</context>
<context>
    <name>EntryClipboard</name>
    <message>
        <source>Bộ nhớ tạm không có số liệu để dán.</source>
        <translation>The clipboard holds no figures to paste.</translation>
    </message>
    <message>
        <source>Khối dán có %1 dòng nhưng từ ô đang chọn chỉ còn %2 đơn vị: không dán gì.</source>
        <translation>The pasted block has %1 rows but only %2 units remain below the selected cell: nothing pasted.</translation>
    </message>
    <message>
        <source>Dòng %1 của khối dán có %2 cột nhưng từ cột đang chọn chỉ còn %3 cột nhà mạng: không dán gì.</source>
        <translation>Row %1 of the pasted block has %2 columns but only %3 provider columns remain from the selected column: nothing pasted.</translation>
    </message>
    <message>
        <source>Dòng %1, cột %2 của khối dán (%3, %4): &quot;%5&quot; bị từ chối. %6</source>
        <translation>Row %1, column %2 of the pasted block (%3, %4): &quot;%5&quot; rejected. %6</translation>
    </message>
    <message>
        <source>Không dán gì: %1</source>
        <translation>Nothing pasted: %1</translation>
    </message>
</context>
<context>
    <name>EntryRules</name>
    <message>
        <source>%1: tổng lũy kế sẽ là %2, vượt dân số trưởng thành (%3).</source>
        <translation>%1: the cumulative total would be %2, more than the adult population (%3).</translation>
    </message>
    <message>
        <source>%1: số trong ngày %2 lớn hơn toàn bộ chỉ tiêu còn lại (%3).</source>
        <translation>%1: the count for %2 is more than the whole remaining quota (%3).</translation>
    </message>
    <message>
        <source>%1: số trong ngày %2 lớn hơn %3 lần ngày thường của đơn vị (%4: trung vị %5 ngày có số, tối thiểu %6/ngày theo chỉ tiêu).</source>
        <translation>%1: the count for the day, %2, is more than %3 times the unit&apos;s usual day (%4: the median of %5 days with a count, at least %6/day by the quota).</translation>
    </message>
    <message>
        <source>%1: số trong ngày %2 lớn hơn %3 lần số cần mỗi ngày để đạt chỉ tiêu (%4/ngày); đơn vị chưa có đủ %5 ngày có số để so sánh.</source>
        <translation>%1: the count for the day, %2, is more than %3 times the daily count the quota needs (%4/day); the unit has fewer than %5 days with a count to compare with.</translation>
    </message>
</context>
<context>
    <name>GroupView</name>
    <message>
        <source>Nhóm đối tượng: %1 · mục tiêu %2 quy mô nhóm ở mỗi đơn vị · tổng mục tiêu %3.</source>
        <translation>Target group: %1 · goal %2 of the group&apos;s size in each unit · total goal %3.</translation>
    </message>
    <message>
        <source>Nhóm đối tượng: %1 · mục tiêu đặt cho từng đơn vị · tổng mục tiêu %2.</source>
        <translation>Target group: %1 · a goal set for each unit · total goal %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n đơn vị chưa có quy mô (hoặc mục tiêu) của nhóm: chỉ tiêu của các đơn vị này tạm lấy bằng dân số; nhập quy mô ở Đợt → Thiết lập đợt….</source>
        <translation>
            <numerusform>%n unit has no group size (or goal) yet: its quota is taken as its population for now; enter the size in Drive → Campaign set-up….</numerusform>
            <numerusform>%n units have no group size (or goal) yet: their quota is taken as their population for now; enter the sizes in Drive → Campaign set-up….</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>(chưa có)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <source>(trống)</source>
        <translation>(empty)</translation>
    </message>
</context>
<context>
    <name>ImportApplier</name>
    <message>
        <source>Số liệu trong cơ sở dữ liệu đã thay đổi từ lúc xem trước; hãy xem trước lại.</source>
        <translation>The tallies in the database have changed since the preview; please preview again.</translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message>
        <source>mỗi cột một ngày</source>
        <translation>one column per date</translation>
    </message>
    <message>
        <source>mỗi cột một nhà mạng</source>
        <translation>one column per provider</translation>
    </message>
    <message>
        <source>mỗi dòng một số liệu</source>
        <translation>one row per figure</translation>
    </message>
    <message>
        <source>Chỉ xem trước, không ghi gì.</source>
        <translation>Preview only, write nothing.</translation>
    </message>
    <message>
        <source>Ghi đè các số đã có khi tệp ghi số khác.</source>
        <translation>Overwrite existing figures when the file has a different number.</translation>
    </message>
    <message>
        <source>Nhà mạng cho tệp không có cột hoặc ô Nhà mạng.</source>
        <translation>Provider for files with no Provider column or cell.</translation>
    </message>
    <message>
        <source>Ngày cho tệp không có cột hoặc ô Ngày.</source>
        <translation>Date for files with no Date column or cell.</translation>
    </message>
    <message>
        <source>Trang tính cần đọc trong tệp .xlsx (mặc định: trang đầu).</source>
        <translation>Sheet to read in an .xlsx file (default: the first sheet).</translation>
    </message>
    <message>
        <source>Tệp .csv, .txt hoặc .xlsx.</source>
        <translation>A .csv, .txt or .xlsx file.</translation>
    </message>
    <message>
        <source>Cần ít nhất một tệp để nhập.</source>
        <translation>At least one file to import is needed.</translation>
    </message>
    <message>
        <source>Không ghi gì: còn %1 lỗi cần sửa trong tệp.</source>
        <translation>Nothing written: errors to fix in the file: %1.</translation>
    </message>
    <message>
        <source>Không ghi gì: %1 số liệu khác với số đã lưu; chạy lại với --replace để ghi đè.</source>
        <translation>Nothing written: %1 figures differ from the stored ones; run again with --replace to overwrite them.</translation>
    </message>
    <message>
        <source>Chạy thử (--dry-run): không ghi gì.</source>
        <translation>Dry run (--dry-run): nothing written.</translation>
    </message>
    <message>
        <source>Không có gì cần ghi: tệp không có số liệu nào (các ô để trống).</source>
        <translation>Nothing to write: the file has no figures (the cells are empty).</translation>
    </message>
    <message>
        <source>Không có gì cần ghi: mọi số liệu đã có trong cơ sở dữ liệu.</source>
        <translation>Nothing to write: every figure is already in the database.</translation>
    </message>
    <message>
        <source>Đã nhập: thêm %1, ghi đè %2 số liệu.</source>
        <translation>Imported: %1 added, %2 figures overwritten.</translation>
    </message>
    <message>
        <source>Tuần của đợt (tuần 1 bắt đầu ngày đầu đợt).</source>
        <translation>Week of the drive (week 1 starts on the first day of the drive).</translation>
    </message>
    <message>
        <source>Từ ngày.</source>
        <translation>From date.</translation>
    </message>
    <message>
        <source>Đến ngày.</source>
        <translation>To date.</translation>
    </message>
    <message>
        <source>Nhà mạng ghi sẵn trong mẫu.</source>
        <translation>Provider written into the template.</translation>
    </message>
    <message>
        <source>Tệp .xlsx cần tạo.</source>
        <translation>The .xlsx file to create.</translation>
    </message>
    <message>
        <source>Cần --out FILE.xlsx.</source>
        <translation>--out FILE.xlsx is needed.</translation>
    </message>
    <message>
        <source>Cần --week N, hoặc --from DATE và --to DATE.</source>
        <translation>--week N, or --from DATE and --to DATE, is needed.</translation>
    </message>
    <message>
        <source>Tuần phải từ 1 đến %1, không phải &quot;%2&quot;.</source>
        <translation>The week must be from 1 to %1, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Cần cả --from DATE và --to DATE.</source>
        <translation>Both --from DATE and --to DATE are needed.</translation>
    </message>
    <message>
        <source>Không nhận ra nhà mạng &quot;%1&quot; (có: %2).</source>
        <translation>Unknown provider &quot;%1&quot; (known: %2).</translation>
    </message>
    <message>
        <source>Đã tạo mẫu %1: %2 đơn vị, %3 ngày (%4–%5).</source>
        <translation>Created template %1: %2 units, %3 days (%4–%5).</translation>
    </message>
    <message>
        <source>trang &quot;%1&quot;</source>
        <translation>sheet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>phân cách &quot;%1&quot;</source>
        <translation>separator &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Tệp %1: %2 dòng số liệu</source>
        <translation>File %1: %2 rows of figures</translation>
    </message>
    <message>
        <source>Thay đổi (cũ → mới):</source>
        <translation>Changes (old → new):</translation>
    </message>
    <message>
        <source>(%1 thay đổi, quá nhiều để liệt kê.)</source>
        <translation>(%1 changes, too many to list.)</translation>
    </message>
    <message>
        <source>Ghi chú: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Lỗi:</source>
        <translation>Errors:</translation>
    </message>
    <message>
        <source>… và %1 lỗi khác.</source>
        <translation>… and more errors: %1.</translation>
    </message>
    <message>
        <source>Đã hủy.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Nhập số liệu từ tệp CSV/Excel của nhà mạng, xã (tất cả hoặc không gì).</source>
        <translation>Import tallies from providers&apos; and communes&apos; CSV/Excel files (all or nothing).</translation>
    </message>
    <message>
        <source>Tạo mẫu Excel để nhà mạng, xã điền số liệu.</source>
        <translation>Create the Excel template that providers and communes fill in.</translation>
    </message>
    <message>
        <source>Đang ghi vào cơ sở dữ liệu…</source>
        <translation>Writing to the database…</translation>
    </message>
    <message>
        <source>Coi mọi cảnh báo là lỗi: có cảnh báo thì không ghi gì.</source>
        <translation>Treat every warning as an error: with any warning nothing is written.</translation>
    </message>
    <message>
        <source>Không ghi gì (--strict): còn %1 cảnh báo.</source>
        <translation>Nothing written (--strict): %1 warnings remain.</translation>
    </message>
    <message>
        <source>Thêm mới: %1 · Thay đổi: %2 · Giống số đã lưu: %3 · Lỗi: %4 · Cảnh báo: %5</source>
        <translation>New: %1 · Changed: %2 · Same as stored: %3 · Errors: %4 · Warnings: %5</translation>
    </message>
    <message>
        <source>Cảnh báo (vẫn nhập được; --strict thì không):</source>
        <translation>Warnings (the import may still go ahead; not with --strict):</translation>
    </message>
    <message>
        <source>… và %1 cảnh báo khác.</source>
        <translation>… and %1 more warnings.</translation>
    </message>
    <message>
        <source>%1 dòng trống</source>
        <translation>%1 blank</translation>
    </message>
    <message>
        <source>%1 dòng tổng</source>
        <translation>%1 total rows</translation>
    </message>
    <message>
        <source>%1 dòng không có số</source>
        <translation>%1 without figures</translation>
    </message>
    <message>
        <source>%1 dòng = %2 dòng có số liệu + %3 dòng lỗi + %4 dòng bỏ qua</source>
        <translation>%1 rows = %2 rows with figures + %3 rows with errors + %4 rows skipped</translation>
    </message>
    <message>
        <source>%1 số liệu = %2 thêm mới + %3 thay đổi + %4 giống số đã lưu + %5 trùng dòng trước (bỏ qua) + %6 lỗi</source>
        <translation>%1 figures = %2 new + %3 changed + %4 same as stored + %5 repeating an earlier row (skipped) + %6 errors</translation>
    </message>
    <message>
        <source>Nhóm đối tượng của số liệu (mã hoặc tên), nếu không phải toàn bộ dân số.</source>
        <translation>The target group the counts are for (code or name), if not the whole population.</translation>
    </message>
    <message>
        <source>Đợt “%1” không có nhóm đối tượng nào ngoài toàn bộ dân số.</source>
        <translation>Campaign “%1” has no target group besides its whole population.</translation>
    </message>
    <message>
        <source>Đợt “%1” không có nhóm “%2”; các nhóm: %3.</source>
        <translation>Campaign “%1” has no group “%2”; its groups: %3.</translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <source>Có phải: %1?</source>
        <translation>Did you mean: %1?</translation>
    </message>
</context>
<context>
    <name>ImportPlanner</name>
    <message>
        <source>&quot;%1&quot; không phải là số nguyên.</source>
        <translation>&quot;%1&quot; is not a whole number.</translation>
    </message>
    <message>
        <source>Số lượng âm (%1).</source>
        <translation>Negative count (%1).</translation>
    </message>
    <message>
        <source>Số quá lớn (%1).</source>
        <translation>The number is too large (%1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; không phải là số nguyên (ví dụ hợp lệ: 1605 hoặc 1.605).</source>
        <translation>&quot;%1&quot; is not a whole number (valid examples: 1605 or 1,605).</translation>
    </message>
    <message>
        <source>Ngày %1 nằm ngoài đợt (%2–%3).</source>
        <translation>Date %1 is outside the drive (%2–%3).</translation>
    </message>
    <message>
        <source>Tuần %1 (có ngày %2) đã khóa vì báo cáo đã gửi; không nhập được.</source>
        <translation>Week %1 (which contains %2) is locked because its report has been sent; cannot import.</translation>
    </message>
    <message>
        <source>Trùng với %1 (cùng đơn vị %2, ngày %3, nhà mạng %4) nhưng khác số: %5 và %6.</source>
        <translation>Duplicates %1 (same unit %2, date %3, provider %4) but with a different number: %5 and %6.</translation>
    </message>
    <message>
        <source>Không có trang tính &quot;%1&quot; (các trang: %2).</source>
        <translation>There is no sheet &quot;%1&quot; (sheets: %2).</translation>
    </message>
    <message>
        <source>Tệp .xls (Excel 97–2003) chưa đọc được; hãy lưu lại thành .xlsx hoặc CSV.</source>
        <translation>.xls files (Excel 97–2003) cannot be read yet; save the file again as .xlsx or CSV.</translation>
    </message>
    <message>
        <source>Không đọc được tệp: %1</source>
        <translation>Could not read the file: %1</translation>
    </message>
    <message>
        <source>Tệp này là bảng tính Excel; hãy đặt đuôi .xlsx để nhập.</source>
        <translation>This file is an Excel workbook; give it the .xlsx extension to import it.</translation>
    </message>
    <message>
        <source>Không tìm thấy dòng tiêu đề: cần một cột Đơn vị (Xã/Phường) và cột Số lượng, hoặc các cột ngày (28/07/2025…), hoặc các cột nhà mạng.</source>
        <translation>No header row found: a Unit (Commune/Ward) column and a Count column are needed, or date columns (28/07/2025…), or provider columns.</translation>
    </message>
    <message>
        <source>Dòng tiêu đề %1 vừa có cột Số lượng vừa có cột theo ngày hoặc nhà mạng; không rõ số nào cần nhập.</source>
        <translation>Header row %1 has both a Count column and columns by date or provider; it is unclear which numbers to import.</translation>
    </message>
    <message>
        <source>%1: bỏ qua cột &quot;%2&quot;.</source>
        <translation>%1: column &quot;%2&quot; ignored.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; không phải là ngày (dd/MM/yyyy).</source>
        <translation>&quot;%1&quot; is not a date (dd/MM/yyyy).</translation>
    </message>
    <message>
        <source>Không nhận ra nhà mạng &quot;%1&quot; (có: %2).</source>
        <translation>Unknown provider &quot;%1&quot; (known: %2).</translation>
    </message>
    <message>
        <source>Không nhận ra nhà mạng &quot;%1&quot; của --provider (có: %2).</source>
        <translation>Unknown provider &quot;%1&quot; in --provider (known: %2).</translation>
    </message>
    <message>
        <source>Tệp ghi nhà mạng %1 nhưng đã chọn nhà mạng %2.</source>
        <translation>The file names provider %1 but provider %2 was chosen.</translation>
    </message>
    <message>
        <source>Tệp ghi ngày %1 nhưng đã chọn ngày %2.</source>
        <translation>The file names date %1 but date %2 was chosen.</translation>
    </message>
    <message>
        <source>Không biết số liệu của ngày nào: tệp không có cột Ngày hay ô &quot;Ngày:&quot;; hãy chọn ngày (--date).</source>
        <translation>Which date are these figures for? The file has no Date column or &quot;Date:&quot; cell; choose a date (--date).</translation>
    </message>
    <message>
        <source>Không biết số liệu của nhà mạng nào: tệp không có cột Nhà mạng và ô &quot;Nhà mạng:&quot; còn trống; hãy điền ô đó hoặc chọn nhà mạng (--provider).</source>
        <translation>Which provider are these figures for? The file has no Provider column and its &quot;Provider:&quot; cell is empty; fill in that cell or choose a provider (--provider).</translation>
    </message>
    <message>
        <source>Thiếu tên đơn vị.</source>
        <translation>The unit name is missing.</translation>
    </message>
    <message>
        <source>Không có đơn vị &quot;%1&quot; trong đợt.</source>
        <translation>There is no unit &quot;%1&quot; in the drive.</translation>
    </message>
    <message>
        <source>Thiếu ngày cho số liệu này.</source>
        <translation>The date of this figure is missing.</translation>
    </message>
    <message>
        <source>Thiếu nhà mạng cho số liệu này.</source>
        <translation>The provider of this figure is missing.</translation>
    </message>
    <message>
        <source>Ngày %1 chưa đến (hôm nay là %2): không nhận số liệu cho ngày sau hôm nay.</source>
        <translation>%1 has not come yet (today is %2): no counts are taken for days after today.</translation>
    </message>
    <message>
        <source>%1 (ngày %2)</source>
        <translation>%1 (day %2)</translation>
    </message>
    <message>
        <source>Ô không đọc được: %1</source>
        <translation>Unreadable cell: %1</translation>
    </message>
    <message>
        <source>Dấu ngoặc kép mở trên dòng này không được đóng: từ đó đến hết tệp bị đọc thành một ô. Hãy đóng hoặc xóa dấu ngoặc kép đó.</source>
        <translation>The quote opened on this line is never closed: from there to the end of the file reads as one cell. Close or remove that quote.</translation>
    </message>
    <message>
        <source>Ô này kéo dài qua nhiều dòng (dấu ngoặc kép mở trên dòng này đóng ở dòng sau): kiểm tra dấu ngoặc kép.</source>
        <translation>This cell runs over several lines (a quote opened on this line closes on a later one): check the quotes.</translation>
    </message>
</context>
<context>
    <name>ImportTemplate</name>
    <message>
        <source>Khoảng ngày của mẫu không hợp lệ.</source>
        <translation>Invalid date range for the template.</translation>
    </message>
    <message>
        <source>Các ngày của mẫu phải nằm trong đợt (%1–%2).</source>
        <translation>The template&apos;s dates must lie within the drive (%1–%2).</translation>
    </message>
    <message>
        <source>Không tạo được thư mục tạm.</source>
        <translation>Could not create a temporary folder.</translation>
    </message>
    <message>
        <source>Không tạo được bảng tính.</source>
        <translation>Could not create the workbook.</translation>
    </message>
    <message>
        <source>Số liệu</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Đợt:</source>
        <translation>Drive:</translation>
    </message>
    <message>
        <source>Nhà mạng:</source>
        <translation>Provider:</translation>
    </message>
    <message>
        <source>Từ ngày:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>Đến ngày:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Điền số chữ ký số công cộng của từng ngày; để trống ô chưa có số liệu (không ghi 0 nếu chưa báo cáo).</source>
        <translation>Enter the number of public digital signatures for each day; leave a cell empty when there is no figure (do not write 0 if nothing was reported).</translation>
    </message>
    <message>
        <source>TT</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Không ghi được bảng tính: %1</source>
        <translation>Could not write the workbook: %1</translation>
    </message>
    <message>
        <source>Không đọc lại được bảng tính vừa tạo.</source>
        <translation>Could not read back the workbook just created.</translation>
    </message>
    <message>
        <source>Không ghi được %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
</context>
<context>
    <name>Integrity</name>
    <message>
        <source>%1, ngày %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>(chưa báo cáo)</source>
        <translation>(not reported)</translation>
    </message>
    <message>
        <source>SQLite báo tệp bị hỏng: %1</source>
        <translation>SQLite reports the file is damaged: %1</translation>
    </message>
    <message>
        <source>Khóa ngoại bị vi phạm: bảng %1, dòng %2 trỏ tới %3 không tồn tại.</source>
        <translation>Foreign key violated: table %1, row %2 points to %3, which does not exist.</translation>
    </message>
    <message>
        <source>thiếu dòng %1 đến %2 (đã bị xóa)</source>
        <translation>rows %1 to %2 missing (deleted)</translation>
    </message>
    <message>
        <source>nội dung đã bị sửa sau khi ghi (hash không khớp)</source>
        <translation>content changed after it was written (hash does not match)</translation>
    </message>
    <message>
        <source>Số liệu %1 là %2 nhưng nhật ký ghi giá trị cuối là %3: đã bị sửa ngoài ứng dụng.</source>
        <translation>Tally %1 is %2 but the audit records %3 as its last value: it was changed outside the application.</translation>
    </message>
    <message>
        <source>Số liệu %1 đã bị xóa ngoài ứng dụng (nhật ký ghi %2).</source>
        <translation>Tally %1 was deleted outside the application (the audit records %2).</translation>
    </message>
    <message>
        <source>Nhật ký thay đổi bị phá vỡ ở lần ghi %1 (%2, lúc %3): %4</source>
        <translation>The change log is broken at save %1 (%2, at %3): %4</translation>
    </message>
    <message>
        <source>thiếu lần ghi %1 đến %2 (đã bị xóa)</source>
        <translation>saves %1 to %2 are missing (deleted)</translation>
    </message>
    <message>
        <source>không nối với lần ghi trước (prev_hash khác)</source>
        <translation>it does not follow on from the previous save (prev_hash differs)</translation>
    </message>
    <message>
        <source>thiếu dòng %1 (đã bị xóa)</source>
        <translation>row %1 is missing (deleted)</translation>
    </message>
    <message>
        <source>có %1 dòng thay vì %2 (dòng đã bị xóa hoặc thêm)</source>
        <translation>it has %1 rows instead of %2 (rows deleted or added)</translation>
    </message>
    <message>
        <source>Nhật ký thay đổi có dòng %1 (%2) không thuộc lần ghi nào: đã được thêm ngoài ứng dụng.</source>
        <translation>The change log has row %1 (%2) that belongs to no save: it was added outside the app.</translation>
    </message>
    <message>
        <source>thiếu %1</source>
        <translation>missing %1</translation>
    </message>
    <message>
        <source>bị sửa %1</source>
        <translation>changed %1</translation>
    </message>
    <message>
        <source>thêm %1</source>
        <translation>added %1</translation>
    </message>
    <message>
        <source>Lược đồ (bảng, trigger, chỉ mục) khác với định nghĩa của bản SignTally này: %1.</source>
        <translation>The schema (tables, triggers, indexes) differs from this SignTally build&apos;s definitions: %1.</translation>
    </message>
    <message>
        <source>Tuần %1 đang khóa nhưng nhật ký khóa không ghi lần khóa đó: khóa đã được thêm ngoài ứng dụng.</source>
        <translation>Week %1 is locked but the lock log has no such lock: the lock was added outside the app.</translation>
    </message>
    <message>
        <source>Tuần %1 đã khóa theo nhật ký khóa nhưng khóa không còn: đã bị xóa ngoài ứng dụng.</source>
        <translation>Week %1 is locked according to the lock log but the lock is gone: it was deleted outside the app.</translation>
    </message>
    <message>
        <source>có %1 dòng thiết lập thay vì %2 (dòng đã bị xóa hoặc thêm)</source>
        <translation>it has %1 set-up rows instead of %2 (rows were deleted or added)</translation>
    </message>
    <message>
        <source>Nhật ký thiết lập có dòng %1 (%2) không thuộc lần ghi nào: đã được thêm ngoài ứng dụng.</source>
        <translation>The set-up log has row %1 (%2) that belongs to no change set: it was added outside the app.</translation>
    </message>
    <message>
        <source>Thiết lập đợt bị sửa ngoài ứng dụng (%1 mục): %2</source>
        <translation>A campaign&apos;s set-up was changed outside the app (%1 items): %2</translation>
    </message>
</context>
<context>
    <name>MaintenanceCommands</name>
    <message>
        <source>Mã dữ liệu (in ở chân trang báo cáo) cần đối chiếu.</source>
        <translation>The data fingerprint (printed in the report footer) to compare.</translation>
    </message>
    <message>
        <source>tốt</source>
        <translation>good</translation>
    </message>
    <message>
        <source>Kiểm tra %1</source>
        <translation>Checking %1</translation>
    </message>
    <message>
        <source>Tệp SQLite (integrity_check): %1</source>
        <translation>SQLite file (integrity_check): %1</translation>
    </message>
    <message>
        <source>HỎNG</source>
        <translation>DAMAGED</translation>
    </message>
    <message>
        <source>Khóa ngoại: %1</source>
        <translation>Foreign keys: %1</translation>
    </message>
    <message>
        <source>VI PHẠM</source>
        <translation>VIOLATED</translation>
    </message>
    <message>
        <source>Nhật ký thay đổi: %1 dòng, chuỗi mã băm %2</source>
        <translation>Audit log: %1 rows, hash chain %2</translation>
    </message>
    <message>
        <source>liền mạch</source>
        <translation>unbroken</translation>
    </message>
    <message>
        <source>BỊ PHÁ VỠ</source>
        <translation>BROKEN</translation>
    </message>
    <message>
        <source>Số liệu khớp nhật ký: %1 (%2 ô)</source>
        <translation>Tallies match the audit: %1 (%2 cells)</translation>
    </message>
    <message>
        <source>KHÔNG KHỚP</source>
        <translation>DO NOT MATCH</translation>
    </message>
    <message>
        <source>Mã dữ liệu hiện tại: %1</source>
        <translation>Current data fingerprint: %1</translation>
    </message>
    <message>
        <source>--hash cần ít nhất 8 ký tự thập lục phân, không phải &quot;%1&quot;.</source>
        <translation>--hash needs at least 8 hexadecimal characters, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Mã %1 khớp với dữ liệu hiện tại.</source>
        <translation>Fingerprint %1 matches the current data.</translation>
    </message>
    <message>
        <source>Mã %1 là một trạng thái cũ: sau đó đã có %2 thay đổi.</source>
        <translation>Fingerprint %1 is an earlier state: %2 changes have been made since.</translation>
    </message>
    <message>
        <source>Mã %1 không có trong nhật ký của tệp này.</source>
        <translation>Fingerprint %1 is not in this file&apos;s audit log.</translation>
    </message>
    <message>
        <source>Mã %1 quá ngắn: trùng nhiều dòng nhật ký.</source>
        <translation>Fingerprint %1 is too short: it matches several audit rows.</translation>
    </message>
    <message>
        <source>Kết quả: tốt.</source>
        <translation>Result: good.</translation>
    </message>
    <message>
        <source>Kết quả: có %1 vấn đề.</source>
        <translation>Result: problems found: %1.</translation>
    </message>
    <message>
        <source>Tệp sao lưu để ghi.</source>
        <translation>Backup file to write.</translation>
    </message>
    <message>
        <source>Cần --out FILE.</source>
        <translation>--out FILE is needed.</translation>
    </message>
    <message>
        <source>Tệp sao lưu không được trùng với cơ sở dữ liệu đang dùng.</source>
        <translation>The backup file must not be the database in use.</translation>
    </message>
    <message>
        <source>Đã sao lưu %1 vào %2.</source>
        <translation>Backed up %1 to %2.</translation>
    </message>
    <message>
        <source>Tệp sao lưu để khôi phục.</source>
        <translation>Backup file to restore.</translation>
    </message>
    <message>
        <source>Cần --from FILE.</source>
        <translation>--from FILE is needed.</translation>
    </message>
    <message>
        <source>Đã khôi phục %1 từ %2.</source>
        <translation>Restored %1 from %2.</translation>
    </message>
    <message>
        <source>Tệp cũ được giữ lại tại %1.</source>
        <translation>The old file is kept at %1.</translation>
    </message>
    <message>
        <source>Lược đồ và trigger so với bản này: %1</source>
        <translation>Schema and triggers against this build: %1</translation>
    </message>
    <message>
        <source>BỊ SỬA</source>
        <translation>CHANGED</translation>
    </message>
    <message>
        <source>Khóa tuần khớp nhật ký khóa: %1</source>
        <translation>Week locks match the lock log: %1</translation>
    </message>
    <message>
        <source>Nhân chứng ngoài tệp: chưa có</source>
        <translation>Witnesses outside the file: none yet</translation>
    </message>
    <message>
        <source>Nhân chứng ngoài tệp (%1): %2</source>
        <translation>Witnesses outside the file (%1): %2</translation>
    </message>
    <message>
        <source>khớp</source>
        <translation>match</translation>
    </message>
    <message>
        <source>Thiết lập các đợt khớp nhật ký thiết lập: %1</source>
        <translation>Campaign set-ups match their log: %1</translation>
    </message>
    <message>
        <source>Máy chủ: %1</source>
        <translation>Server: %1</translation>
    </message>
</context>
<context>
    <name>OfficialDocument</name>
    <message>
        <source>ngày %1 tháng %2 năm %3</source>
        <translation>%3-%2-%1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>toàn đợt (từ ngày %1 đến ngày %2)</source>
        <translation>the whole drive (%1 to %2)</translation>
    </message>
    <message>
        <source>tuần %1 (từ ngày %2 đến ngày %3)</source>
        <translation>week %1 (%2 to %3)</translation>
    </message>
    <message>
        <source>ngày %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>từ ngày %1 đến ngày %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Kết quả triển khai chữ ký số công cộng %1</source>
        <translation>Public digital signatures issued: %1</translation>
    </message>
    <message>
        <source>Đạt</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Không đạt</source>
        <translation>Not met</translation>
    </message>
    <message>
        <source>Số liệu tạm tính: kỳ báo cáo chưa có số liệu.</source>
        <translation>Provisional figures: nothing has been reported for the period yet.</translation>
    </message>
    <message>
        <source>Số liệu tạm tính đến ngày %1.</source>
        <translation>Provisional figures up to %1.</translation>
    </message>
    <message>
        <source>Số liệu tạm tính đến ngày %1; %2 đơn vị chưa báo cáo đủ.</source>
        <translation>Provisional figures up to %1; %2 units have not reported every day.</translation>
    </message>
    <message>
        <source>Đến hết ngày %1 chưa có số liệu: chưa đơn vị nào báo cáo kết quả triển khai chữ ký số công cộng.</source>
        <translation>No figures up to %1: no unit has reported any public digital signatures yet.</translation>
    </message>
    <message>
        <source>Trong %1 chưa có số liệu: chưa đơn vị nào báo cáo.</source>
        <translation>No figures for %1: no unit has reported.</translation>
    </message>
    <message>
        <source>Trong %1, các đơn vị đã triển khai được %2 chữ ký số công cộng.</source>
        <translation>In %1 the units issued %2 public digital signatures.</translation>
    </message>
    <message>
        <source>Số này tăng %1 so với kỳ trước (%2).</source>
        <translation>That is %1 more than the previous period (%2).</translation>
    </message>
    <message>
        <source>Số này giảm %1 so với kỳ trước (%2).</source>
        <translation>That is %1 fewer than the previous period (%2).</translation>
    </message>
    <message>
        <source>Số này bằng kỳ trước (%2).</source>
        <translation>That is the same as the previous period (%2).</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Theo đơn vị cấp: %1.</source>
        <translation>By provider: %1.</translation>
    </message>
    <message>
        <source>Kết thúc đợt (từ ngày %1 đến ngày %2), toàn khu vực triển khai được %3 chữ ký số công cộng, bằng %4 mục tiêu %5 chữ ký số: %6 mục tiêu.</source>
        <translation>At the end of the drive (%1 to %2) the area had issued %3 public digital signatures, %4 of the goal of %5: goal %6.</translation>
    </message>
    <message>
        <source>Có %1/%2 đơn vị đạt chỉ tiêu được giao, %3 đơn vị không đạt.</source>
        <translation>%1/%2 units met their quota, %3 did not.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Các đơn vị không đạt: %1.</source>
        <translation>Units that did not meet their quota: %1.</translation>
    </message>
    <message>
        <source>Lũy kế từ ngày %1 đến hết ngày %2, toàn khu vực đạt %3 chữ ký số công cộng, bằng %4 mục tiêu %5 của đợt, đã vượt mục tiêu.</source>
        <translation>Cumulative from %1 to the end of %2: %3 public digital signatures, %4 of the drive&apos;s goal of %5; the goal is exceeded.</translation>
    </message>
    <message>
        <source>Lũy kế từ ngày %1 đến hết ngày %2, toàn khu vực đạt %3/%4 chữ ký số công cộng, bằng %5 mục tiêu của đợt; còn thiếu %6.</source>
        <translation>Cumulative from %1 to the end of %2: %3/%4 public digital signatures, %5 of the drive&apos;s goal; %6 still to go.</translation>
    </message>
    <message>
        <source>Về tiến độ: %1/%2 đơn vị đúng tiến độ, %3 đơn vị có nguy cơ chậm, %4 đơn vị chậm tiến độ.</source>
        <translation>Progress: %1/%2 units on track, %3 at risk, %4 behind.</translation>
    </message>
    <message>
        <source>Dẫn đầu: %1.</source>
        <translation>Ahead: %1.</translation>
    </message>
    <message>
        <source>Chậm nhất: %1 và %2 đơn vị chậm tiến độ khác.</source>
        <translation>Furthest behind: %1 and %2 other units behind.</translation>
    </message>
    <message>
        <source>Các đơn vị chậm tiến độ: %1.</source>
        <translation>Units behind: %1.</translation>
    </message>
    <message>
        <source>tốc độ bình quân %1 ngày có báo cáo gần nhất là %2 chữ ký số/ngày</source>
        <translation>the average of the last %1 reported days is %2 signatures a day</translation>
    </message>
    <message>
        <source>chưa có ngày nào được báo cáo để tính tốc độ</source>
        <translation>no day has been reported to compute a pace</translation>
    </message>
    <message>
        <source>Mục tiêu đã đạt; %1.</source>
        <translation>The goal is reached; %1.</translation>
    </message>
    <message>
        <source>Để đạt mục tiêu, trong %1 ngày còn lại của đợt cần bình quân %2 chữ ký số/ngày; %3.</source>
        <translation>To reach the goal in the %1 days left, %2 signatures a day are needed; %3.</translation>
    </message>
    <message>
        <source>Đợt đã hết thời gian, còn thiếu %1 chữ ký số so với mục tiêu; %2.</source>
        <translation>The drive has run out of days, %1 signatures short of the goal; %2.</translation>
    </message>
    <message>
        <source>Mục tiêu của đợt đạt ngày %1.</source>
        <translation>The drive&apos;s goal was reached on %1.</translation>
    </message>
    <message>
        <source>Với tốc độ này, dự báo đạt mục tiêu ngày %1, trong thời gian của đợt (kết thúc ngày %2).</source>
        <translation>At this pace the goal is forecast for %1, within the drive (which ends on %2).</translation>
    </message>
    <message>
        <source>Với tốc độ này, dự báo không đạt mục tiêu trong thời gian của đợt (kết thúc ngày %1).</source>
        <translation>At this pace the goal will not be reached within the drive (which ends on %1).</translation>
    </message>
    <message>
        <source>Chưa có số liệu để dự báo.</source>
        <translation>Not enough data for a forecast.</translation>
    </message>
    <message>
        <source>Kết quả theo đơn vị cấp tại Bảng 1; chi tiết từng đơn vị tại Phụ lục kèm theo.</source>
        <translation>Results by provider are in Table 1; each unit&apos;s figures are in the attached Appendix.</translation>
    </message>
    <message>
        <source>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</source>
        <translation>SOCIALIST REPUBLIC OF VIET NAM</translation>
    </message>
    <message>
        <source>Độc lập - Tự do - Hạnh phúc</source>
        <translation>Independence - Freedom - Happiness</translation>
    </message>
    <message>
        <source>Số: %1</source>
        <translation>No.: %1</translation>
    </message>
    <message>
        <source>BÁO CÁO</source>
        <translation>REPORT</translation>
    </message>
    <message>
        <source>Kính gửi: %1.</source>
        <translation>To: %1.</translation>
    </message>
    <message>
        <source>I. KẾT QUẢ TRIỂN KHAI</source>
        <translation>I. RESULTS</translation>
    </message>
    <message>
        <source>Bảng 1. Kết quả theo đơn vị cấp chữ ký số</source>
        <translation>Table 1. Results by issuing provider</translation>
    </message>
    <message>
        <source>Đơn vị cấp</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Trong kỳ</source>
        <translation>In the period</translation>
    </message>
    <message>
        <source>Lũy kế</source>
        <translation>Cumulative</translation>
    </message>
    <message>
        <source>Tỷ lệ lũy kế</source>
        <translation>Share of cumulative</translation>
    </message>
    <message>
        <source>Tổng cộng</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>(Chưa có nội dung: nhập ở màn hình Báo cáo.)</source>
        <translation>(No text yet: type it in the Report screen.)</translation>
    </message>
    <message>
        <source>II. ĐÁNH GIÁ</source>
        <translation>II. ASSESSMENT</translation>
    </message>
    <message>
        <source>III. KHÓ KHĂN, VƯỚNG MẮC</source>
        <translation>III. DIFFICULTIES</translation>
    </message>
    <message>
        <source>IV. ĐỀ XUẤT, KIẾN NGHỊ</source>
        <translation>IV. PROPOSALS</translation>
    </message>
    <message>
        <source>Trên đây là báo cáo kết quả triển khai chữ ký số công cộng %1 của %2./.</source>
        <translation>This is the report of %2 on public digital signatures issued in %1./.</translation>
    </message>
    <message>
        <source>Nơi nhận:</source>
        <translation>Recipients:</translation>
    </message>
    <message>
        <source>Phụ lục</source>
        <translation>Appendix</translation>
    </message>
    <message>
        <source>KẾT QUẢ TRIỂN KHAI CHỮ KÝ SỐ CÔNG CỘNG THEO ĐƠN VỊ</source>
        <translation>PUBLIC DIGITAL SIGNATURES BY UNIT</translation>
    </message>
    <message>
        <source>(Kèm theo Báo cáo số %1 ngày %2 của %3)</source>
        <translation>(Attached to Report No. %1 of %2 by %3)</translation>
    </message>
    <message>
        <source>Số chữ ký số %1; lũy kế đến hết ngày %2.</source>
        <translation>Signatures in %1; cumulative to the end of %2.</translation>
    </message>
    <message>
        <source>TT</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>Số chữ ký số trong kỳ</source>
        <translation>Signatures in the period</translation>
    </message>
    <message>
        <source>Cộng</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>% chỉ tiêu</source>
        <translation>% of quota</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Không tạo được tệp văn bản OpenDocument.</source>
        <translation>Could not make the OpenDocument text file.</translation>
    </message>
    <message>
        <source>Về tiến độ: %1/%2 đơn vị đúng tiến độ, %3 đơn vị có nguy cơ chậm, %4 đơn vị chậm tiến độ, %5 đơn vị chưa có số liệu.</source>
        <translation>Progress: %1/%2 units on track, %3 at risk, %4 behind, %5 with no figures yet.</translation>
    </message>
    <message>
        <source>Kết quả theo nhóm đối tượng, lũy kế đến hết ngày %1 (chi tiết từng đơn vị tại Phụ lục):</source>
        <translation>Results by target group, cumulative to the end of %1 (each unit in the Appendix):</translation>
    </message>
    <message>
        <source>%1: đã cấp %2; chưa đơn vị nào có mục tiêu của nhóm.</source>
        <translation>%1: %2 issued; no unit has a goal for the group yet.</translation>
    </message>
    <message>
        <source>%1: đã cấp %2/%3 (%4 mục tiêu).</source>
        <translation>%1: %2/%3 issued (%4 of the goal).</translation>
    </message>
    <message>
        <source>%1/%2 đơn vị chưa có mục tiêu của nhóm.</source>
        <translation>%1/%2 units have no goal for the group yet.</translation>
    </message>
    <message>
        <source>%1; lũy kế đến hết ngày %2.</source>
        <translation>%1; cumulative to the end of %2.</translation>
    </message>
</context>
<context>
    <name>PgSchema</name>
    <message>
        <source>bảng</source>
        <translation>table</translation>
    </message>
    <message>
        <source>view</source>
        <translation>view</translation>
    </message>
    <message>
        <source>sequence</source>
        <translation>sequence</translation>
    </message>
    <message>
        <source>hàm</source>
        <translation>function</translation>
    </message>
    <message>
        <source>schema</source>
        <translation>schema</translation>
    </message>
    <message>
        <source>bảng ngoài</source>
        <translation>foreign table</translation>
    </message>
    <message>
        <source> và %1 thứ khác</source>
        <translation> and %1 more</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu %1 không trống (có %2); SignTally chỉ tạo bảng và quyền trên một cơ sở dữ liệu trống, nên không thay đổi gì.</source>
        <translation>The database %1 is not empty (it has %2); SignTally creates its tables and rights only on an empty database, so nothing was changed.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu %1 chưa có bảng của SignTally; hãy chạy “signtally server init” trước.</source>
        <translation>The database %1 has no SignTally tables yet; run “signtally server init” first.</translation>
    </message>
    <message>
        <source>Tên đăng nhập “%1” không dùng được: cần 1–63 byte, không bắt đầu bằng “pg_” hay “%2_”.</source>
        <translation>The login name “%1” cannot be used: it needs 1–63 bytes and must not start with “pg_” or “%2_”.</translation>
    </message>
    <message>
        <source>Máy chủ không có đơn vị “%1”.</source>
        <translation>The server has no unit “%1”.</translation>
    </message>
    <message>
        <source>Có %1 đơn vị tên “%2” trên máy chủ; tên này không chỉ ra một đơn vị.</source>
        <translation>The server has %1 units named “%2”; the name does not pick one unit.</translation>
    </message>
    <message>
        <source>Máy chủ không có nhà cung cấp “%1”.</source>
        <translation>The server has no provider “%1”.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu %1 có lược đồ phiên bản %2, bản SignTally này dùng phiên bản %3: lệnh này chỉ bổ sung quyền và chỉ mục cho cùng một phiên bản, nên không thay đổi gì.</source>
        <translation>Database %1 has schema version %2 and this SignTally uses version %3: this command only adds rights and indexes for the same version, so nothing was changed.</translation>
    </message>
    <message>
        <source>chính sách %1 của bảng %2</source>
        <translation>policy %1 of table %2</translation>
    </message>
    <message>
        <source>chỉ mục %1</source>
        <translation>index %1</translation>
    </message>
</context>
<context>
    <name>PgSql</name>
    <message>
        <source>đọc (SELECT)</source>
        <translation>read (SELECT)</translation>
    </message>
    <message>
        <source>thêm dòng (INSERT)</source>
        <translation>add rows (INSERT)</translation>
    </message>
    <message>
        <source>sửa (UPDATE)</source>
        <translation>change (UPDATE)</translation>
    </message>
    <message>
        <source>xóa (DELETE)</source>
        <translation>delete (DELETE)</translation>
    </message>
    <message>
        <source>Máy chủ %1 từ chối vì tài khoản này thiếu quyền: %2</source>
        <translation>The server %1 refused because this account lacks a right: %2</translation>
    </message>
    <message>
        <source>Máy chủ %1 đang bận với một thay đổi khác cùng lúc; hãy thử lại.</source>
        <translation>The server %1 is busy with another change at the same time; try again.</translation>
    </message>
    <message>
        <source>Máy chủ %1 chỉ cho đọc: %2</source>
        <translation>The server %1 is read-only: %2</translation>
    </message>
    <message>
        <source>Máy chủ %1 không có cơ sở dữ liệu này: %2</source>
        <translation>The server %1 has no such database: %2</translation>
    </message>
    <message>
        <source>Lỗi cơ sở dữ liệu ở máy chủ %1: %2</source>
        <translation>Database error on the server %1: %2</translation>
    </message>
    <message>
        <source>Tài khoản “%1” có quyền %2 ở bảng %3 nhưng chỉ với các dòng của đơn vị hoặc nhà cung cấp của mình (quyền theo dòng trên máy chủ %4); dòng này không thuộc về tài khoản đó.</source>
        <translation>The account “%1” may %2 in the table %3, but only the rows of its own unit or provider (a row-level right on the server %4); this row is not that account&apos;s.</translation>
    </message>
    <message>
        <source>Tài khoản “%1” không có quyền %2 ở bảng %3 trên máy chủ %4.</source>
        <translation>The account “%1” has no right to %2 in the table %3 on the server %4.</translation>
    </message>
</context>
<context>
    <name>PgStorage</name>
    <message>
        <source>Cơ sở dữ liệu %1 chưa được thiết lập cho SignTally. Người quản trị chạy: signtally server init --db %1</source>
        <translation>The database %1 is not set up for SignTally. An administrator runs: signtally server init --db %1</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu %1 có lược đồ phiên bản %2, mới hơn phiên bản %3 mà bản SignTally này hiểu. Hãy cập nhật SignTally.</source>
        <translation>The database %1 has schema version %2, newer than version %3 that this SignTally understands. Please update SignTally.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu %1 có lược đồ phiên bản %2, cũ hơn phiên bản %3 của bản SignTally này; máy chủ chưa được nâng cấp.</source>
        <translation>The database %1 has schema version %2, older than version %3 of this SignTally; the server has not been upgraded.</translation>
    </message>
    <message>
        <source>Không kết nối lại được máy chủ PostgreSQL %1: %2</source>
        <translation>Could not reconnect to the PostgreSQL server %1: %2</translation>
    </message>
</context>
<context>
    <name>PgTarget</name>
    <message>
        <source>Địa chỉ máy chủ “%1” không dùng được: %2</source>
        <translation>The server address “%1” cannot be used: %2</translation>
    </message>
    <message>
        <source>cần dạng postgresql://NGƯỜI_DÙNG@MÁY_CHỦ:CỔNG/TÊN_CSDL.</source>
        <translation>it must look like postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>sai cú pháp (%1).</source>
        <translation>its syntax is wrong (%1).</translation>
    </message>
    <message>
        <source>mật khẩu không được ghi trong địa chỉ; hãy đặt nó trong biến môi trường PGPASSWORD hoặc tệp ~/.pgpass.</source>
        <translation>a password must not be written in the address; put it in the PGPASSWORD environment variable or the ~/.pgpass file.</translation>
    </message>
    <message>
        <source>không nhận phần sau dấu “?” hoặc “#”.</source>
        <translation>nothing after “?” or “#” is accepted.</translation>
    </message>
    <message>
        <source>thiếu tên cơ sở dữ liệu sau dấu “/”.</source>
        <translation>the database name after “/” is missing.</translation>
    </message>
    <message>
        <source>tên cơ sở dữ liệu “%1” không được chứa dấu “/”.</source>
        <translation>the database name “%1” must not contain “/”.</translation>
    </message>
    <message>
        <source>cổng phải từ 1 đến 65535.</source>
        <translation>the port must be from 1 to 65535.</translation>
    </message>
    <message>
        <source>Thiếu trình điều khiển PostgreSQL của Qt (QPSQL, gói libqt6sql6-psql) nên không mở được %1.</source>
        <translation>Qt&apos;s PostgreSQL driver (QPSQL, package libqt6sql6-psql) is missing, so %1 cannot be opened.</translation>
    </message>
    <message>
        <source>Không kết nối được máy chủ PostgreSQL %1: %2</source>
        <translation>Could not connect to the PostgreSQL server %1: %2</translation>
    </message>
</context>
<context>
    <name>Provider</name>
    <message>
        <source>Khác</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>Tuần %1 (%2–%3)</source>
        <translation>Week %1 (%2–%3)</translation>
    </message>
    <message>
        <source>Đợt chỉ có tuần 1 đến tuần %1, không có tuần %2.</source>
        <translation>The drive only has weeks 1 to %1; there is no week %2.</translation>
    </message>
    <message>
        <source>Cần ngày bắt đầu và ngày kết thúc hợp lệ.</source>
        <translation>A valid start date and end date are needed.</translation>
    </message>
    <message>
        <source>Ngày bắt đầu %1 ở sau ngày kết thúc %2.</source>
        <translation>The start date %1 is after the end date %2.</translation>
    </message>
    <message>
        <source>Khoảng %1–%2 nằm ngoài đợt (%3–%4).</source>
        <translation>The range %1–%2 is outside the drive (%3–%4).</translation>
    </message>
    <message>
        <source>Từ %1 đến %2</source>
        <translation>From %1 to %2</translation>
    </message>
    <message>
        <source>Báo cáo tiến độ triển khai chữ ký số công cộng — %1</source>
        <translation>Public digital signature progress report — %1</translation>
    </message>
    <message>
        <source>Tuần %1</source>
        <translation>Week %1</translation>
    </message>
    <message>
        <source>bao-cao-tuan-%1</source>
        <translation>weekly-report-%1</translation>
    </message>
    <message>
        <source>bao-cao-%1-%2</source>
        <translation>report-%1-%2</translation>
    </message>
    <message>
        <source>-tam-tinh</source>
        <translation>-provisional</translation>
    </message>
    <message>
        <source>-ket-qua-cuoi</source>
        <translation>-final</translation>
    </message>
    <message>
        <source>Mã dữ liệu: %1</source>
        <translation>Data fingerprint: %1</translation>
    </message>
    <message>
        <source>Thiết lập lần %1</source>
        <translation>Set-up no. %1</translation>
    </message>
    <message>
        <source>Nhóm đối tượng %1: %2</source>
        <translation>Target group %1: %2</translation>
    </message>
    <message>
        <source>mục tiêu %1 quy mô nhóm</source>
        <translation>goal: %1 of the group&apos;s size</translation>
    </message>
    <message>
        <source>mục tiêu là số lượng giao cho từng đơn vị</source>
        <translation>goal: a number set for each unit</translation>
    </message>
    <message>
        <source>Tổng cộng: quy mô, mục tiêu và lũy kế cộng trên cả %1 đơn vị.</source>
        <translation>Total: size, goal and cumulative summed over all %1 units.</translation>
    </message>
    <message>
        <source>Chưa đơn vị nào có mục tiêu của nhóm (chưa nhập quy mô nhóm); lũy kế cộng trên cả %1 đơn vị.</source>
        <translation>No unit has a goal for the group yet (its size has not been entered); the cumulative is summed over all %1 units.</translation>
    </message>
    <message>
        <source>%1/%2 đơn vị chưa có mục tiêu của nhóm: quy mô và mục tiêu ở dòng Tổng cộng chỉ cộng các đơn vị đã có; lũy kế cộng trên cả %2 đơn vị.</source>
        <translation>%1/%2 units have no goal for the group yet: the size and goal on the Total line sum only the units that have one; the cumulative is summed over all %2 units.</translation>
    </message>
    <message>
        <source>chưa có</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>TT</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Quy mô nhóm</source>
        <translation>Group size</translation>
    </message>
    <message>
        <source>Mục tiêu nhóm</source>
        <translation>Group goal</translation>
    </message>
    <message>
        <source>Lũy kế</source>
        <translation>Cumulative</translation>
    </message>
    <message>
        <source>% mục tiêu</source>
        <translation>% of goal</translation>
    </message>
    <message>
        <source>Tổng cộng</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Tuần của đợt (tuần 1 bắt đầu từ ngày đầu đợt).</source>
        <translation>Week of the drive (week 1 starts on the first day of the drive).</translation>
    </message>
    <message>
        <source>Ngày đầu của kỳ báo cáo.</source>
        <translation>First day of the reporting period.</translation>
    </message>
    <message>
        <source>Ngày cuối của kỳ báo cáo.</source>
        <translation>Last day of the reporting period.</translation>
    </message>
    <message>
        <source>Chọn kỳ báo cáo bằng --week N hoặc bằng --from DATE --to DATE.</source>
        <translation>Choose the reporting period with --week N or with --from DATE --to DATE.</translation>
    </message>
    <message>
        <source>Khoảng ngày cần cả --from và --to.</source>
        <translation>A date range needs both --from and --to.</translation>
    </message>
    <message>
        <source>--week phải là một số tuần, không phải &quot;%1&quot;.</source>
        <translation>--week must be a week number, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Đã ghi %1: %2.</source>
        <translation>Wrote %1: %2.</translation>
    </message>
    <message>
        <source>Tệp để ghi: .pdf, .odt, .xlsx hoặc .csv (theo phần mở rộng).</source>
        <translation>File to write: .pdf, .odt, .xlsx or .csv (by its extension).</translation>
    </message>
    <message>
        <source>Hình thức của PDF: official (văn bản hành chính, mặc định) hoặc summary (bảng tóm tắt).</source>
        <translation>The PDF&apos;s form: official (the administrative document, the default) or summary (the summary table).</translation>
    </message>
    <message>
        <source>Ngày của báo cáo (dòng địa danh, ngày tháng); mặc định là hôm nay.</source>
        <translation>The report&apos;s date (the place-and-date line); today by default.</translation>
    </message>
    <message>
        <source>Số của báo cáo này (thay cho số đã lưu).</source>
        <translation>This report&apos;s number (instead of the saved one).</translation>
    </message>
    <message>
        <source>Số sẽ cấp cho báo cáo lưu tiếp theo.</source>
        <translation>The number the next saved report gets.</translation>
    </message>
    <message>
        <source>Một nơi nhận (nhắc lại cho mỗi nơi; thay cả danh sách).</source>
        <translation>One recipient (repeat for each; replaces the whole list).</translation>
    </message>
    <message>
        <source>Lưu các giá trị --parent-body … --recipient vào tệp làm cài đặt báo cáo của đợt.</source>
        <translation>Save the --parent-body … --recipient values in the file as the campaign&apos;s report settings.</translation>
    </message>
    <message>
        <source>Cần --out FILE (.pdf, .odt, .xlsx hoặc .csv).</source>
        <translation>--out FILE is needed (.pdf, .odt, .xlsx or .csv).</translation>
    </message>
    <message>
        <source>Không biết ghi tệp &quot;%1&quot;: phần mở rộng phải là .pdf, .odt, .xlsx hoặc .csv.</source>
        <translation>Cannot write &quot;%1&quot;: the extension must be .pdf, .odt, .xlsx or .csv.</translation>
    </message>
    <message>
        <source>--layout là official hoặc summary, không phải &quot;%1&quot;.</source>
        <translation>--layout is official or summary, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--%1 phải là một số nguyên từ %2 trở lên, không phải &quot;%3&quot;.</source>
        <translation>--%1 must be a whole number from %2 up, not &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Cơ quan chủ quản (dòng trên, chữ in hoa).</source>
        <translation>The parent body (the top line, in capitals).</translation>
    </message>
    <message>
        <source>Cơ quan ban hành báo cáo.</source>
        <translation>The body issuing the report.</translation>
    </message>
    <message>
        <source>Địa danh trong dòng ngày tháng.</source>
        <translation>The place in the place-and-date line.</translation>
    </message>
    <message>
        <source>Mẫu số văn bản, {n} là số: &quot;{n}/BC-KHCN&quot;.</source>
        <translation>The document number pattern, {n} being the number: &quot;{n}/BC-KHCN&quot;.</translation>
    </message>
    <message>
        <source>Nơi gửi (dòng &quot;Kính gửi&quot;); để trống thì không in.</source>
        <translation>The addressee (the &quot;Kính gửi&quot; line); left out when empty.</translation>
    </message>
    <message>
        <source>Thẩm quyền ký, ví dụ &quot;KT. GIÁM ĐỐC&quot;.</source>
        <translation>The signing authority, e.g. &quot;KT. GIÁM ĐỐC&quot;.</translation>
    </message>
    <message>
        <source>Chức vụ người ký, ví dụ &quot;PHÓ GIÁM ĐỐC&quot;.</source>
        <translation>The signer&apos;s title, e.g. &quot;PHÓ GIÁM ĐỐC&quot;.</translation>
    </message>
    <message>
        <source>Họ tên người ký.</source>
        <translation>The signer&apos;s full name.</translation>
    </message>
    <message>
        <source>Nội dung mục II. Đánh giá (thay cho nội dung đã lưu).</source>
        <translation>The text of section II, assessment (instead of the saved text).</translation>
    </message>
    <message>
        <source>Nội dung mục III. Khó khăn, vướng mắc (thay cho nội dung đã lưu).</source>
        <translation>The text of section III, difficulties (instead of the saved text).</translation>
    </message>
    <message>
        <source>Nội dung mục IV. Đề xuất, kiến nghị (thay cho nội dung đã lưu).</source>
        <translation>The text of section IV, proposals (instead of the saved text).</translation>
    </message>
    <message>
        <source>Báo cáo một tuần hoặc một khoảng ngày: văn bản hành chính (PDF, ODT), xlsx hoặc CSV.</source>
        <translation>The report for a week or a date range: the administrative document (PDF, ODT), xlsx or CSV.</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>TT</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Dân số TT</source>
        <translation>Adults</translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>Kỳ này</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Lũy kế</source>
        <translation>To date</translation>
    </message>
    <message>
        <source>% chỉ tiêu</source>
        <translation>% of quota</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>± kỳ trước</source>
        <translation>± prev.</translation>
    </message>
    <message>
        <source>Hạng</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Còn thiếu</source>
        <translation>Still needed</translation>
    </message>
    <message>
        <source>Cần mỗi ngày</source>
        <translation>Needed per day</translation>
    </message>
    <message>
        <source>Ngày lập: %1</source>
        <translation>Prepared on: %1</translation>
    </message>
    <message>
        <source>Số chữ ký số trong kỳ</source>
        <translation>Signatures in the period</translation>
    </message>
    <message>
        <source>So với kỳ trước (%1)</source>
        <translation>Change vs %1</translation>
    </message>
    <message>
        <source>%1 (kỳ trước: %2)</source>
        <translation>%1 (previous period: %2)</translation>
    </message>
    <message>
        <source>So với kỳ trước</source>
        <translation>Compared with the previous period</translation>
    </message>
    <message>
        <source>Không có kỳ trước (tuần đầu tiên của đợt)</source>
        <translation>No previous period (first week of the drive)</translation>
    </message>
    <message>
        <source>Không có kỳ trước (kỳ bắt đầu từ ngày đầu đợt)</source>
        <translation>No previous period (the period starts on the first day of the drive)</translation>
    </message>
    <message>
        <source>Lũy kế đến ngày %1</source>
        <translation>Cumulative to %1</translation>
    </message>
    <message>
        <source>%1 / %2 (%3 mục tiêu)</source>
        <translation>%1 / %2 (%3 of target)</translation>
    </message>
    <message>
        <source>Số ngày còn lại của đợt</source>
        <translation>Days left in the drive</translation>
    </message>
    <message>
        <source>%1 ngày (đã qua %2/%3 ngày)</source>
        <translation>%1 days (%2/%3 days elapsed)</translation>
    </message>
    <message>
        <source>Tốc độ cần đạt để về đích</source>
        <translation>Daily rate needed to finish</translation>
    </message>
    <message>
        <source>Tốc độ gần đây (%1 ngày có báo cáo)</source>
        <translation>Recent pace (%1 reported days)</translation>
    </message>
    <message>
        <source>/ngày</source>
        <translation>/day</translation>
    </message>
    <message>
        <source>Tốc độ gần đây</source>
        <translation>Recent pace</translation>
    </message>
    <message>
        <source>Chưa có ngày nào được báo cáo</source>
        <translation>No day has been reported yet</translation>
    </message>
    <message>
        <source>Dự báo đạt mục tiêu</source>
        <translation>Forecast to reach the target</translation>
    </message>
    <message>
        <source>Tình hình các đơn vị</source>
        <translation>Units at a glance</translation>
    </message>
    <message>
        <source>Tổng cộng</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Kỳ báo cáo: %1</source>
        <translation>Reporting period: %1</translation>
    </message>
    <message>
        <source>Trang %1/%2</source>
        <translation>Page %1/%2</translation>
    </message>
    <message>
        <source>Biểu đồ 1. Lũy kế toàn đợt so với mục tiêu %1</source>
        <translation>Chart 1. Cumulative for the whole drive against the target of %1</translation>
    </message>
    <message>
        <source>Lũy kế thực tế</source>
        <translation>Actual cumulative</translation>
    </message>
    <message>
        <source>Tiến độ cần đạt</source>
        <translation>Planned progress</translation>
    </message>
    <message>
        <source>Mục tiêu %1</source>
        <translation>Target %1</translation>
    </message>
    <message>
        <source>Kỳ báo cáo</source>
        <translation>Reporting period</translation>
    </message>
    <message>
        <source>Biểu đồ 2. Tỷ lệ hoàn thành chỉ tiêu của các đơn vị đến ngày %1</source>
        <translation>Chart 2. Share of quota achieved by each unit as of %1</translation>
    </message>
    <message>
        <source>Biểu đồ 2. %1 đơn vị có tỷ lệ hoàn thành chỉ tiêu thấp nhất đến ngày %2</source>
        <translation>Chart 2. The %1 units with the lowest share of quota achieved as of %2</translation>
    </message>
    <message>
        <source>Cần đạt đến nay (%1)</source>
        <translation>Expected to date (%1)</translation>
    </message>
    <message>
        <source>Chỉ tiêu (100%)</source>
        <translation>Quota (100%)</translation>
    </message>
    <message>
        <source>I. Tình hình chung</source>
        <translation>I. Overview</translation>
    </message>
    <message>
        <source>II. Kết quả theo đơn vị</source>
        <translation>II. Results by unit</translation>
    </message>
    <message>
        <source>III. Các đơn vị chậm tiến độ (%1)</source>
        <translation>III. Units behind schedule (%1)</translation>
    </message>
    <message>
        <source>Không có đơn vị nào chậm tiến độ.</source>
        <translation>No unit is behind schedule.</translation>
    </message>
    <message>
        <source>IV. Biểu đồ</source>
        <translation>IV. Charts</translation>
    </message>
    <message>
        <source>Không vẽ được báo cáo lên thiết bị in.</source>
        <translation>Could not draw the report on the printing device.</translation>
    </message>
    <message>
        <source>III. Các đơn vị không đạt chỉ tiêu (%1)</source>
        <translation>III. Units that did not meet their quota (%1)</translation>
    </message>
    <message>
        <source>Mọi đơn vị đều đạt chỉ tiêu.</source>
        <translation>Every unit met its quota.</translation>
    </message>
    <message>
        <source>%1; lũy kế đến ngày %2.</source>
        <translation>%1; cumulative to %2.</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>TT</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Dân số TT</source>
        <translation>Adults</translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>Kỳ này</source>
        <translation>This period</translation>
    </message>
    <message>
        <source>Lũy kế</source>
        <translation>Cumulative</translation>
    </message>
    <message>
        <source>% chỉ tiêu</source>
        <translation>% of quota</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>± kỳ trước</source>
        <translation>± previous period</translation>
    </message>
    <message>
        <source>Hạng</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Tổng cộng</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Không tạo được thư mục tạm để ghi bảng tính: %1</source>
        <translation>Could not create a temporary folder for the workbook: %1</translation>
    </message>
    <message>
        <source>Không tạo được bảng tính.</source>
        <translation>Could not create the workbook.</translation>
    </message>
    <message>
        <source>Tên trang tính &quot;%1&quot; không hợp lệ.</source>
        <translation>Invalid sheet name &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Không ghi được bảng tính: %1</source>
        <translation>Could not write the workbook: %1</translation>
    </message>
    <message>
        <source>Không đọc lại được bảng tính tạm: %1</source>
        <translation>Could not read back the temporary workbook: %1</translation>
    </message>
    <message>
        <source>Không ghi được tệp %1: %2</source>
        <translation>Could not write file %1: %2</translation>
    </message>
    <message>
        <source>Kỳ này: %1</source>
        <translation>This period: %1</translation>
    </message>
    <message>
        <source>%1 · Lũy kế đến ngày %2 · Ngày lập: %3 · %4</source>
        <translation>%1 · Cumulative to %2 · Prepared on: %3 · %4</translation>
    </message>
    <message>
        <source>Nhóm %1</source>
        <translation>Group %1</translation>
    </message>
</context>
<context>
    <name>ReportSettingsStore</name>
    <message>
        <source>Lưu: VT.</source>
        <translation>Archive: VT.</translation>
    </message>
    <message>
        <source>Cơ quan ban hành không được để trống.</source>
        <translation>The issuing body cannot be empty.</translation>
    </message>
    <message>
        <source>Số tiếp theo phải là 0 (để trống) hoặc một số dương, không phải %1.</source>
        <translation>The next number must be 0 (left blank) or a positive number, not %1.</translation>
    </message>
    <message>
        <source>Mẫu số văn bản &quot;%1&quot; chỉ được có một chỗ {n}.</source>
        <translation>The number pattern &quot;%1&quot; may have only one {n}.</translation>
    </message>
    <message>
        <source>Mỗi nơi nhận phải nằm trên một dòng.</source>
        <translation>Each recipient must be on one line.</translation>
    </message>
    <message>
        <source>Nội dung báo cáo cần một kỳ báo cáo hợp lệ.</source>
        <translation>A report&apos;s text needs a valid report period.</translation>
    </message>
</context>
<context>
    <name>ScreenshotCommand</name>
    <message>
        <source>Màn hình: dashboard, entry, unit, report.</source>
        <translation>Screen: dashboard, entry, unit, report.</translation>
    </message>
    <message>
        <source>Tệp PNG để ghi.</source>
        <translation>PNG file to write.</translation>
    </message>
    <message>
        <source>Kích thước cửa sổ, ví dụ 1366x768.</source>
        <translation>Window size, for example 1366x768.</translation>
    </message>
    <message>
        <source>Tính đến ngày (tổng quan, đơn vị).</source>
        <translation>As-of date (dashboard, unit).</translation>
    </message>
    <message>
        <source>Ngày nhập số liệu (màn hình nhập).</source>
        <translation>Entry date (entry screen).</translation>
    </message>
    <message>
        <source>Tên đơn vị (màn hình đơn vị).</source>
        <translation>Unit name (unit screen).</translation>
    </message>
    <message>
        <source>Cần --view và --out.</source>
        <translation>--view and --out are needed.</translation>
    </message>
    <message>
        <source>--size phải có dạng RỘNGxCAO, ví dụ 1366x768.</source>
        <translation>--size must be WIDTHxHEIGHT, for example 1366x768.</translation>
    </message>
    <message>
        <source>Không có đơn vị &quot;%1&quot; trong chiến dịch. Các đơn vị: %2.</source>
        <translation>There is no unit &quot;%1&quot; in the campaign. Units: %2.</translation>
    </message>
    <message>
        <source>Không có màn hình &quot;%1&quot;. Các màn hình: %2.</source>
        <translation>There is no screen &quot;%1&quot;. Screens: %2.</translation>
    </message>
    <message>
        <source>Không ghi được %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Đã ghi %1 (%2×%3).</source>
        <translation>Wrote %1 (%2×%3).</translation>
    </message>
    <message>
        <source>Chụp một màn hình ra tệp PNG (không cần màn hình thật).</source>
        <translation>Render a screen to a PNG file (no real display needed).</translation>
    </message>
    <message>
        <source>Tệp số liệu để xem trước (màn hình nhập từ tệp; nhiều lần được).</source>
        <translation>A tally sheet to preview (the import screen; may be repeated).</translation>
    </message>
</context>
<context>
    <name>Seeder</name>
    <message>
        <source>Không đọc được tệp chiến dịch %1: %2</source>
        <translation>Could not read campaign file %1: %2</translation>
    </message>
    <message>
        <source>Tệp chiến dịch %1 không đúng định dạng JSON (vị trí %2: %3).</source>
        <translation>Campaign file %1 is not valid JSON (offset %2: %3).</translation>
    </message>
    <message>
        <source>Tệp chiến dịch không dùng được: %1</source>
        <translation>The campaign file cannot be used: %1</translation>
    </message>
</context>
<context>
    <name>ServerCommands</name>
    <message>
        <source>Địa chỉ máy chủ: postgresql://NGƯỜI_DÙNG@MÁY_CHỦ:CỔNG/TÊN_CSDL (mật khẩu lấy từ PGPASSWORD hoặc ~/.pgpass).</source>
        <translation>Server address: postgresql://USER@HOST:PORT/DATABASE (the password comes from PGPASSWORD or ~/.pgpass).</translation>
    </message>
    <message>
        <source>Cần --db postgresql://NGƯỜI_DÙNG@MÁY_CHỦ:CỔNG/TÊN_CSDL.</source>
        <translation>--db postgresql://USER@HOST:PORT/DATABASE is required.</translation>
    </message>
    <message>
        <source>Đã tạo các bảng (phiên bản %1) và năm nhóm quyền %2 trên %3.</source>
        <translation>Created the tables (version %1) and the five group roles %2 on %3.</translation>
    </message>
    <message>
        <source>admin, office, commune, provider hoặc viewer.</source>
        <translation>admin, office, commune, provider or viewer.</translation>
    </message>
    <message>
        <source>Đơn vị của tài khoản xã (--role commune).</source>
        <translation>The unit of a commune account (--role commune).</translation>
    </message>
    <message>
        <source>Nhà cung cấp của tài khoản (--role provider).</source>
        <translation>The provider of the account (--role provider).</translation>
    </message>
    <message>
        <source>Cần đúng một tên đăng nhập: signtally server add-user TÊN --role VAI_TRÒ --db URL.</source>
        <translation>Exactly one login name is needed: signtally server add-user NAME --role ROLE --db URL.</translation>
    </message>
    <message>
        <source>--role “%1”: cần admin, office, commune, provider hoặc viewer.</source>
        <translation>--role “%1”: admin, office, commune, provider or viewer is needed.</translation>
    </message>
    <message>
        <source>--role commune cần --unit.</source>
        <translation>--role commune needs --unit.</translation>
    </message>
    <message>
        <source>--unit chỉ dùng với --role commune.</source>
        <translation>--unit is only for --role commune.</translation>
    </message>
    <message>
        <source>--role provider cần --provider.</source>
        <translation>--role provider needs --provider.</translation>
    </message>
    <message>
        <source>--provider chỉ dùng với --role provider.</source>
        <translation>--provider is only for --role provider.</translation>
    </message>
    <message>
        <source>Tài khoản “%1” thuộc nhóm %2 trên %3%4.</source>
        <translation>The account “%1” is in the group %2 on %3%4.</translation>
    </message>
    <message>
        <source> (chưa có mật khẩu: đặt trên máy chủ hoặc chạy lại với SIGNTALLY_NEW_USER_PASSWORD)</source>
        <translation> (no password yet: set one on the server or run again with SIGNTALLY_NEW_USER_PASSWORD)</translation>
    </message>
    <message>
        <source>Không có việc “%1”.
%2</source>
        <translation>There is no action “%1”.
%2</translation>
    </message>
    <message>
        <source>%1 đã có đủ quyền và chỉ mục của bản SignTally này; không thêm gì.</source>
        <translation>%1 already has every right and index of this SignTally; nothing added.</translation>
    </message>
    <message>
        <source>Đã thêm %1 thứ còn thiếu trên %2:</source>
        <translation>Added %1 missing items on %2:</translation>
    </message>
    <message>
        <source>Cách dùng: signtally server init|upgrade|add-user [tùy chọn]
  init       tạo bảng và nhóm quyền trên một cơ sở dữ liệu PostgreSQL trống (--db URL)
  upgrade    thêm quyền và chỉ mục còn thiếu trên máy chủ do bản SignTally cũ hơn thiết lập (--db URL)
  add-user   TÊN --role admin|office|commune|provider|viewer [--unit ĐƠN_VỊ] [--provider NCC] --db URL</source>
        <translation>Usage: signtally server init|upgrade|add-user [options]
  init       creates the tables and group roles on an empty PostgreSQL database (--db URL)
  upgrade    adds the rights and indexes missing on a server an older SignTally set up (--db URL)
  add-user   NAME --role admin|office|commune|provider|viewer [--unit UNIT] [--provider PROVIDER] --db URL</translation>
    </message>
</context>
<context>
    <name>SetupActions</name>
    <message>
        <source>Thiết lập đợt…</source>
        <translation>Campaign set-up…</translation>
    </message>
    <message>
        <source>Đợt mới…</source>
        <translation>New campaign…</translation>
    </message>
    <message>
        <source>Thiết lập đợt</source>
        <translation>Campaign set-up</translation>
    </message>
    <message>
        <source>Đợt mới</source>
        <translation>New campaign</translation>
    </message>
</context>
<context>
    <name>SetupEdits</name>
    <message>
        <source>TT</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Tên đơn vị</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Dân số</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>Tên khác</source>
        <translation>Other names</translation>
    </message>
    <message>
        <source>Ẩn khi nhập</source>
        <translation>Hidden from entry</translation>
    </message>
    <message>
        <source>Dòng %1, cột “%2”</source>
        <translation>Row %1, column “%2”</translation>
    </message>
    <message>
        <source>%1: “%2” không phải xã, phường hoặc thị trấn.</source>
        <translation>%1: “%2” is not a commune, ward or town.</translation>
    </message>
    <message>
        <source>%1: “%2”: %3</source>
        <translation>%1: “%2”: %3</translation>
    </message>
    <message>
        <source>%1 đã có số liệu trong đợt này nên không xóa được; hãy đánh dấu “Ẩn khi nhập” thay vì xóa.</source>
        <translation>%1 has counts in this campaign, so it cannot be removed; tick “Hidden from entry” instead.</translation>
    </message>
</context>
<context>
    <name>SetupStore</name>
    <message>
        <source>Không có chiến dịch số %1.</source>
        <translation>There is no campaign number %1.</translation>
    </message>
    <message>
        <source>Đơn vị %1 chưa có chỉ tiêu: hãy phân bổ chỉ tiêu từ mục tiêu.</source>
        <translation>Unit %1 has no quota: apportion the quotas from the goal.</translation>
    </message>
    <message>
        <source>%1 “%2” đã có số liệu trong đợt này nên không xóa được; hãy ẩn nó khi nhập.</source>
        <translation>%1 “%2” already has counts in this campaign, so it cannot be removed; hide it from entry instead.</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Nhà mạng</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Nhóm “%1” đã có số liệu trong đợt này nên không xóa được.</source>
        <translation>Group “%1” already has counts in this campaign, so it cannot be removed.</translation>
    </message>
    <message>
        <source>Không tạo được đợt “%1”: %2</source>
        <translation>Campaign “%1” was not created: %2</translation>
    </message>
    <message>
        <source>Tệp đã có đợt mã “%1”: hãy đặt mã khác.</source>
        <translation>The file already has a campaign with code “%1”: choose another code.</translation>
    </message>
    <message>
        <source>Không lưu được thiết lập đợt “%1”: %2</source>
        <translation>The set-up of campaign “%1” was not saved: %2</translation>
    </message>
    <message>
        <source>Đợt đã có số liệu từ %1 đến %2: ngày bắt đầu và kết thúc phải bao trọn khoảng đó.</source>
        <translation>The campaign has counts from %1 to %2: its start and end dates must include that span.</translation>
    </message>
    <message>
        <source>(không có)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>(trống)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Đợt “%1”, %2: dữ liệu là %3, nhật ký thiết lập ghi %4.</source>
        <translation>Campaign “%1”, %2: the data says %3, the set-up log recorded %4.</translation>
    </message>
    <message numerus="yes">
        <source>chưa có dân số của %n đơn vị: %1</source>
        <translation>
            <numerusform>%n unit has no population yet: %1</numerusform>
            <numerusform>%n units have no population yet: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StagedFile</name>
    <message>
        <source>Không ghi được vào thư mục %1.</source>
        <translation>Could not write to the folder %1.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Đúng tiến độ</source>
        <translation>On track</translation>
    </message>
    <message>
        <source>Có nguy cơ chậm</source>
        <translation>At risk</translation>
    </message>
    <message>
        <source>Chậm tiến độ</source>
        <translation>Behind</translation>
    </message>
    <message>
        <source>Đã đạt ngày %1</source>
        <translation>Reached on %1</translation>
    </message>
    <message>
        <source>Không đạt trong đợt</source>
        <translation>Not within the drive</translation>
    </message>
    <message>
        <source>Chưa có số liệu để dự báo</source>
        <translation>No figures to forecast from yet</translation>
    </message>
    <message>
        <source>Hết thời gian</source>
        <translation>Time is up</translation>
    </message>
    <message>
        <source>/ngày</source>
        <translation>/day</translation>
    </message>
    <message>
        <source>Chưa có số liệu</source>
        <translation>No data yet</translation>
    </message>
    <message>
        <source>Đạt</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Không đạt</source>
        <translation>Not met</translation>
    </message>
    <message>
        <source>Đợt đã kết thúc · thiếu %1</source>
        <translation>The drive is over · %1 short</translation>
    </message>
    <message>
        <source>Đợt đã kết thúc · đạt %1</source>
        <translation>The drive is over · %1 reached</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>StorageCopy</name>
    <message>
        <source>%1 không qua được kiểm tra (như lệnh check): %2</source>
        <translation>%1 does not pass the check (the one the check command runs): %2</translation>
    </message>
    <message>
        <source>Tệp %1 có lược đồ phiên bản %2, cũ hơn phiên bản %3 của bản SignTally này. Hãy mở nó một lần bằng SignTally (signtally --db %1) để nâng cấp (tệp cũ được giữ lại bên cạnh, %1.v%2.bak), rồi sao chép. Không thay đổi gì.</source>
        <translation>The file %1 has schema version %2, older than version %3 of this SignTally. Open it once in SignTally (signtally --db %1) to upgrade it (the old file is kept beside it, %1.v%2.bak), then copy it. Nothing was changed.</translation>
    </message>
    <message>
        <source>%1 đã có dữ liệu (%2); chỉ sao chép vào một cơ sở dữ liệu trống. Không thay đổi gì.</source>
        <translation>%1 already holds data (%2); a copy goes into an empty database only. Nothing was changed.</translation>
    </message>
    <message>
        <source>đợt %1</source>
        <translation>campaign %1</translation>
    </message>
    <message>
        <source>bảng %1: %2 dòng</source>
        <translation>table %1: %2 rows</translation>
    </message>
    <message>
        <source>Nguồn %1</source>
        <translation>The source %1</translation>
    </message>
    <message>
        <source>Bản sao trên %1</source>
        <translation>The copy on %1</translation>
    </message>
    <message>
        <source>Tệp %1 đã tồn tại; chỉ sao chép vào một tệp mới. Không thay đổi gì.</source>
        <translation>The file %1 exists already; a copy goes into a new file only. Nothing was changed.</translation>
    </message>
    <message>
        <source>Không tạo được thư mục %1.</source>
        <translation>Could not create the folder %1.</translation>
    </message>
    <message>
        <source>Không đặt được bản sao vào %1 (tệp đã có ở đó hoặc không ghi được thư mục). Không thay đổi gì.</source>
        <translation>Could not put the copy at %1 (a file is there already, or the folder cannot be written). Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>cơ sở dữ liệu</source>
        <translation>the database</translation>
    </message>
    <message>
        <source>Tệp %1 đang được một chương trình khác dùng (đang ghi hoặc giữ khóa); đã chờ 10 giây mà chưa xong. Hãy đóng chương trình kia hoặc thử lại sau.</source>
        <translation>The file %1 is in use by another program (writing or holding its lock); waited 10 seconds and it is still busy. Close the other program or try again later.</translation>
    </message>
    <message>
        <source>Không ghi được vào tệp %1: tệp, thư mục chứa nó hoặc tệp -wal/-shm bên cạnh chỉ cho đọc với tài khoản này (%2).</source>
        <translation>Could not write to the file %1: the file, its folder or the -wal/-shm files beside it are read-only for this account (%2).</translation>
    </message>
    <message>
        <source>Tệp %1 bị hỏng: %2</source>
        <translation>The file %1 is damaged: %2</translation>
    </message>
    <message>
        <source>Không ghi được vào tệp %1: đĩa đã đầy.</source>
        <translation>Could not write to the file %1: the disk is full.</translation>
    </message>
    <message>
        <source>Lỗi đọc/ghi đĩa ở tệp %1: %2</source>
        <translation>Disk read/write error in the file %1: %2</translation>
    </message>
    <message>
        <source>Không mở được tệp %1: %2</source>
        <translation>Could not open the file %1: %2</translation>
    </message>
    <message>
        <source>Lỗi cơ sở dữ liệu ở tệp %1: %2</source>
        <translation>Database error in the file %1: %2</translation>
    </message>
</context>
<context>
    <name>SummaryCommand</name>
    <message>
        <source>Tính đến ngày (mặc định: hôm nay, giới hạn trong đợt).</source>
        <translation>As-of date (default: today, clamped to the drive).</translation>
    </message>
    <message>
        <source>Định dạng: text hoặc csv.</source>
        <translation>Format: text or csv.</translation>
    </message>
    <message>
        <source>--format phải là text hoặc csv, không phải &quot;%1&quot;.</source>
        <translation>--format must be text or csv, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>TT</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Dân số TT</source>
        <translation>Adults</translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>Lũy kế</source>
        <translation>Cumulative</translation>
    </message>
    <message>
        <source>% chỉ tiêu</source>
        <translation>% of quota</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tổng cộng</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Tính đến ngày %1: ngày %2/%3 của đợt, còn %4 ngày.</source>
        <translation>As of %1: day %2/%3 of the drive, %4 days left.</translation>
    </message>
    <message>
        <source>Tính đến ngày %1: đợt đã kết thúc (%2 ngày).</source>
        <translation>As of %1: the drive is over (%2 days).</translation>
    </message>
</context>
<context>
    <name>TallyStore</name>
    <message>
        <source>Số lượng âm (%1) không được lưu.</source>
        <translation>A negative count (%1) cannot be saved.</translation>
    </message>
    <message>
        <source>Không lưu được số liệu ngày %1 (đơn vị %2, nhà mạng %3): %4</source>
        <translation>Could not save the figure for %1 (unit %2, provider %3): %4</translation>
    </message>
    <message>
        <source>Cần ghi lý do khi mở khóa tuần %1.</source>
        <translation>A reason is needed to unlock week %1.</translation>
    </message>
    <message>
        <source>ngày nằm ngoài đợt %1 – %2</source>
        <translation>the date is outside the campaign, %1 – %2</translation>
    </message>
    <message>
        <source>tuần %1 đã khóa</source>
        <translation>week %1 is locked</translation>
    </message>
    <message>
        <source>đơn vị không thuộc đợt này</source>
        <translation>the unit is not in this campaign</translation>
    </message>
    <message>
        <source>nhà mạng không thuộc đợt này</source>
        <translation>the provider is not in this campaign</translation>
    </message>
    <message>
        <source>ngày này chưa đến (hôm nay là %1); không nhận số liệu cho ngày sau hôm nay</source>
        <translation>this day has not come yet (today is %1); no counts are taken for days after today</translation>
    </message>
</context>
<context>
    <name>UnitsSheet</name>
    <message>
        <source>Dòng %1, ô %2</source>
        <translation>Row %1, cell %2</translation>
    </message>
    <message>
        <source>Dòng %1</source>
        <translation>Row %1</translation>
    </message>
    <message>
        <source>Dòng %1 (%2), ô %3</source>
        <translation>Row %1 (%2), cell %3</translation>
    </message>
    <message>
        <source>Dòng %1 (%2)</source>
        <translation>Row %1 (%2)</translation>
    </message>
    <message>
        <source>Dòng tiêu đề %1: hai cột “%2” và “%3” cùng một nghĩa; hãy giữ một cột.</source>
        <translation>Header row %1: the columns “%2” and “%3” mean the same; keep one of them.</translation>
    </message>
    <message>
        <source>Dòng tiêu đề %1 không có cột dân số (tiêu đề “Dân số” hoặc bắt đầu bằng “Dân số”).</source>
        <translation>Header row %1 has no population column (titled “Population” or “Dân số”, or starting with either).</translation>
    </message>
    <message>
        <source>%1: dân số âm (%2).</source>
        <translation>%1: negative population (%2).</translation>
    </message>
    <message>
        <source>%1: chỉ tiêu âm (%2).</source>
        <translation>%1: negative quota (%2).</translation>
    </message>
    <message>
        <source>%1: dân số “%2” không phải là số nguyên.</source>
        <translation>%1: the population “%2” is not a whole number.</translation>
    </message>
    <message>
        <source>%1: chỉ tiêu “%2” không phải là số nguyên.</source>
        <translation>%1: the quota “%2” is not a whole number.</translation>
    </message>
    <message>
        <source>%1: dân số quá lớn (%2).</source>
        <translation>%1: population too large (%2).</translation>
    </message>
    <message>
        <source>%1: chỉ tiêu quá lớn (%2).</source>
        <translation>%1: quota too large (%2).</translation>
    </message>
    <message>
        <source>%1: dấu ngoặc kép mở trên dòng này không được đóng.</source>
        <translation>%1: a quote opened on this line is never closed.</translation>
    </message>
    <message>
        <source>%1: ô không đọc được (%2).</source>
        <translation>%1: the cell could not be read (%2).</translation>
    </message>
    <message>
        <source>%1: có số liệu nhưng không có tên đơn vị.</source>
        <translation>%1: figures but no unit name.</translation>
    </message>
    <message>
        <source>%1: loại “%2” không phải xã, phường hoặc thị trấn.</source>
        <translation>%1: the kind “%2” is not commune, ward or town.</translation>
    </message>
    <message>
        <source>%1: tên trùng với dòng %2.</source>
        <translation>%1: the same name as row %2.</translation>
    </message>
    <message>
        <source>%1: tên khác “%2” trùng với tên ở dòng %3.</source>
        <translation>%1: the other name “%2” is the same as a name on row %3.</translation>
    </message>
    <message>
        <source>Không tìm thấy dòng tiêu đề: bảng cần một cột tên đơn vị (tiêu đề “Tên đơn vị”, “Tên” hoặc “Đơn vị”) và một cột “Dân số”.</source>
        <translation>No header row found: the sheet needs a unit name column (titled “Unit name”, “Name”, “Tên đơn vị”, “Tên” or “Đơn vị”) and a population column (“Population” or “Dân số”).</translation>
    </message>
    <message>
        <source>Bảng không có đơn vị nào dưới dòng tiêu đề %1.</source>
        <translation>The sheet has no unit below header row %1.</translation>
    </message>
    <message numerus="yes">
        <source>… và %n lỗi khác.</source>
        <translation>
            <numerusform>… and one more problem.</numerusform>
            <numerusform>… and %n more problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bảng tính không có trang nào.</source>
        <translation>The workbook has no sheet.</translation>
    </message>
    <message>
        <source>Tệp .xls (Excel 97–2003) chưa đọc được; hãy lưu lại thành .xlsx hoặc CSV.</source>
        <translation>.xls files (Excel 97–2003) cannot be read yet; save the file again as .xlsx or CSV.</translation>
    </message>
    <message>
        <source>Không đọc được %1: %2</source>
        <translation>Could not read %1: %2</translation>
    </message>
    <message>
        <source>Tệp này là bảng tính Excel; hãy đặt đuôi .xlsx để nhập.</source>
        <translation>This file is an Excel workbook; give it the .xlsx extension to import it.</translation>
    </message>
    <message>
        <source>Dân số</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Dân số (%1)</source>
        <translation>Population (%1)</translation>
    </message>
    <message>
        <source>Không tạo được thư mục tạm.</source>
        <translation>Could not create a temporary folder.</translation>
    </message>
    <message>
        <source>Không tạo được bảng tính.</source>
        <translation>Could not create the workbook.</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>TT</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Tên đơn vị</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>Tên khác</source>
        <translation>Other names</translation>
    </message>
    <message>
        <source>Không ghi được bảng tính: %1</source>
        <translation>Could not write the workbook: %1</translation>
    </message>
    <message>
        <source>Không đọc lại được bảng tính vừa tạo.</source>
        <translation>Could not read back the workbook just created.</translation>
    </message>
    <message>
        <source>Không ghi được %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
</context>
<context>
    <name>Witness</name>
    <message>
        <source>Nhật ký đã bị quay lui: lần ghi %1, đã được chứng thực lúc %2 (%3), không còn trong tệp.</source>
        <translation>The audit was rewound: change set %1, witnessed at %2 (%3), is no longer in the file.</translation>
    </message>
    <message>
        <source>Nhật ký đã bị viết lại: lần ghi %1 có mã băm khác với lúc được chứng thực %2 (%3).</source>
        <translation>The audit was rewritten: change set %1 has another hash than when witnessed at %2 (%3).</translation>
    </message>
    <message>
        <source>Thiết lập đợt (mục tiêu, chỉ tiêu, dân số, ngưỡng, ngày, đơn vị, nhà mạng) đã bị sửa ngoài ứng dụng sau khi được chứng thực lúc %1 (%2).</source>
        <translation>The campaign set-up (goal, quotas, populations, thresholds, dates, units, providers) was changed outside the app after it was witnessed at %1 (%2).</translation>
    </message>
    <message>
        <source>Khóa tuần đã bị sửa ngoài ứng dụng sau khi được chứng thực lúc %1 (%2).</source>
        <translation>The week locks were changed outside the app after they were witnessed at %1 (%2).</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>Không tìm thấy tệp %1.</source>
        <translation>File %1 was not found.</translation>
    </message>
    <message>
        <source>Tệp %1 không phải là bảng tính Excel .xlsx (không mở được dạng nén).</source>
        <translation>File %1 is not an Excel .xlsx workbook (it cannot be opened as a zip archive).</translation>
    </message>
    <message>
        <source>Tệp %1 không phải là bảng tính Excel hợp lệ (không đọc được danh sách trang tính).</source>
        <translation>File %1 is not a valid Excel workbook (its list of sheets cannot be read).</translation>
    </message>
    <message>
        <source>Tệp %1 thiếu phần %2 của bảng tính Excel.</source>
        <translation>File %1 lacks the part %2 of an Excel workbook.</translation>
    </message>
    <message>
        <source>Không đọc được phần %1 của tệp %2.</source>
        <translation>Could not read part %1 of file %2.</translation>
    </message>
    <message>
        <source>Tệp %1 không có trang tính số %2.</source>
        <translation>File %1 has no sheet number %2.</translation>
    </message>
    <message>
        <source>Trang tính &quot;%1&quot; của tệp %2 bị hỏng: %3</source>
        <translation>Sheet &quot;%1&quot; of file %2 is damaged: %3</translation>
    </message>
    <message>
        <source>Phần %1 của tệp %2 giải nén ra quá lớn (quá %3 MB hoặc nén quá %4 lần): không đọc, để khỏi làm cạn bộ nhớ.</source>
        <translation>The part %1 of the file %2 inflates too large (over %3 MB or compressed over %4 times): not read, so as not to run out of memory.</translation>
    </message>
    <message>
        <source>chuỗi dùng chung số &quot;%1&quot; không có trong tệp (tệp có %2 chuỗi).</source>
        <translation>shared string number &quot;%1&quot; is not in the file (it has %2 strings).</translation>
    </message>
    <message>
        <source>Trang tính &quot;%1&quot; của tệp %2 bị hỏng: quá 16.384 cột.</source>
        <translation>The sheet &quot;%1&quot; of the file %2 is damaged: more than 16,384 columns.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Tệp cơ sở dữ liệu, hoặc địa chỉ máy chủ postgresql://…</source>
        <translation>Database file, or a server address postgresql://…</translation>
    </message>
</context>
<context>
    <name>signtally::AppController</name>
    <message>
        <source>Đã mở %1 · %2</source>
        <translation>Opened %1 · %2</translation>
    </message>
    <message>
        <source>Không mở được cơ sở dữ liệu</source>
        <translation>Could not open the database</translation>
    </message>
    <message>
        <source>Tệp đang mở vẫn được giữ nguyên.</source>
        <translation>The file that was open is kept as it was.</translation>
    </message>
    <message>
        <source>Tạo cơ sở dữ liệu mới</source>
        <translation>Create a new database</translation>
    </message>
    <message>
        <source>Tệp %1 đã tồn tại; SignTally không ghi đè lên tệp có sẵn. Hãy chọn tên khác.</source>
        <translation>File %1 already exists; SignTally does not overwrite existing files. Choose another name.</translation>
    </message>
    <message>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Không khôi phục được từ %1: %2

Tệp đang dùng không bị thay đổi.</source>
        <translation>Could not restore from %1: %2

The file in use has not been changed.</translation>
    </message>
    <message>
        <source>Đã khôi phục từ %1; tệp cũ được giữ ở %2.</source>
        <translation>Restored from %1; the old file is kept at %2.</translation>
    </message>
    <message>
        <source>Mở cơ sở dữ liệu</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>signtally-moi.sqlite</source>
        <translation>signtally-new.sqlite</translation>
    </message>
    <message>
        <source>Sao lưu cơ sở dữ liệu</source>
        <translation>Back up the database</translation>
    </message>
    <message>
        <source>Đã sao lưu vào %1.</source>
        <translation>Backed up to %1.</translation>
    </message>
    <message>
        <source>Sao lưu</source>
        <translation>Back up</translation>
    </message>
    <message>
        <source>Khôi phục từ bản sao lưu</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>Thay nội dung của %1 bằng bản sao lưu %2?

Tệp hiện tại được giữ lại bên cạnh (tên có đuôi .before-restore-…) để có thể quay lại.</source>
        <translation>Replace the contents of %1 with the backup %2?

The current file is kept beside it (its name ends in .before-restore-…) so you can go back.</translation>
    </message>
    <message>
        <source>Không kết nối được máy chủ</source>
        <translation>Cannot connect to the server</translation>
    </message>
</context>
<context>
    <name>signtally::CampaignSession</name>
    <message>
        <source>Mất kết nối tới máy chủ %1 nên chưa lưu được; những gì đã nhập vẫn được giữ. Hãy lưu lại khi kết nối được.</source>
        <translation>Lost the connection to the server %1, so nothing was saved; what you typed is kept. Save again once connected.</translation>
    </message>
</context>
<context>
    <name>signtally::CampaignSetupDialog</name>
    <message>
        <source>Thiết lập đợt</source>
        <translation>Campaign set-up</translation>
    </message>
    <message>
        <source>Đợt mới</source>
        <translation>New campaign</translation>
    </message>
    <message>
        <source>Chung</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Nhà mạng</source>
        <translation>Providers</translation>
    </message>
    <message>
        <source>Nhóm đối tượng</source>
        <translation>Target groups</translation>
    </message>
    <message>
        <source>Lịch sử thiết lập</source>
        <translation>Set-up history</translation>
    </message>
    <message>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Làm lại</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Tạo đợt</source>
        <translation>Create campaign</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Hoàn tác: %1 (Ctrl+Z)</source>
        <translation>Undo: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Hoàn tác (Ctrl+Z)</source>
        <translation>Undo (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Làm lại: %1 (Ctrl+Y)</source>
        <translation>Redo: %1 (Ctrl+Y)</translation>
    </message>
    <message>
        <source>Làm lại (Ctrl+Y)</source>
        <translation>Redo (Ctrl+Y)</translation>
    </message>
    <message>
        <source>Tệp dữ liệu đang mở chỉ để xem: không lưu được thiết lập.</source>
        <translation>The data file is open read-only: the set-up cannot be saved.</translation>
    </message>
    <message>
        <source>Có thay đổi chưa lưu.</source>
        <translation>There are unsaved changes.</translation>
    </message>
    <message>
        <source>Chưa lưu được thiết lập:
• %1</source>
        <translation>The set-up was not saved:
• %1</translation>
    </message>
    <message>
        <source>Chưa lưu được thiết lập: %1</source>
        <translation>The set-up was not saved: %1</translation>
    </message>
    <message>
        <source>Không có gì thay đổi.</source>
        <translation>Nothing changed.</translation>
    </message>
    <message numerus="yes">
        <source>Đã lưu %n mục thay đổi.</source>
        <translation>
            <numerusform>Saved %n changed item.</numerusform>
            <numerusform>Saved %n changed items.</numerusform>
        </translation>
    </message>
    <message>
        <source>Phân bổ chỉ tiêu</source>
        <translation>Apportion quotas</translation>
    </message>
    <message>
        <source>Mã đợt “%1” đã có trong tệp (%2).</source>
        <translation>The campaign code “%1” is already in the file (%2).</translation>
    </message>
    <message>
        <source>thiếu dân số của %1</source>
        <translation>the population is missing for %1</translation>
    </message>
    <message>
        <source>Chưa tạo được đợt: %1</source>
        <translation>The campaign was not created: %1</translation>
    </message>
    <message>
        <source>Thiết lập đợt có thay đổi chưa lưu.</source>
        <translation>The campaign set-up has unsaved changes.</translation>
    </message>
    <message>
        <source>Đợt mới chưa được tạo.</source>
        <translation>The new campaign has not been created.</translation>
    </message>
    <message>
        <source>Lưu các thay đổi trước khi đóng?</source>
        <translation>Save the changes before closing?</translation>
    </message>
    <message>
        <source>Tạo đợt trước khi đóng?</source>
        <translation>Create the campaign before closing?</translation>
    </message>
</context>
<context>
    <name>signtally::CampaignSwitcher</name>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Chọn đợt</source>
        <translation>Choose a drive</translation>
    </message>
    <message numerus="yes">
        <source>Tệp này có %n đợt. Chọn đợt cần làm việc (Enter để chọn):</source>
        <translation>
            <numerusform>This file holds one drive. Choose the drive to work on (Enter picks):</numerusform>
            <numerusform>This file holds %n drives. Choose the drive to work on (Enter picks):</numerusform>
        </translation>
    </message>
    <message>
        <source>Tên đợt</source>
        <translation>Drive</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Chọn</source>
        <translation>Choose</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>signtally::CellHistoryPanel</name>
    <message>
        <source>Lịch sử thay đổi</source>
        <translation>Change history</translation>
    </message>
    <message>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Nhà mạng</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Thay đổi</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Người sửa</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <source>Chọn một đơn vị trong bảng.</source>
        <translation>Select a unit in the grid.</translation>
    </message>
    <message>
        <source>%1, ngày %2: chưa có thay đổi nào được lưu.</source>
        <translation>%1, %2: no change has been saved yet.</translation>
    </message>
    <message numerus="yes">
        <source>%1, ngày %2: %n lần thay đổi (mới nhất trước).</source>
        <translation>
            <numerusform>%1, %2: one change (newest first).</numerusform>
            <numerusform>%1, %2: %n changes (newest first).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · nguồn: %2</source>
        <translation>%1 · source: %2</translation>
    </message>
</context>
<context>
    <name>signtally::CompletenessPanel</name>
    <message>
        <source>Tình hình báo cáo trong ngày</source>
        <translation>Reporting on this day</translation>
    </message>
    <message>
        <source>Các đơn vị chưa báo cáo (nháy đúp để chọn trong bảng).</source>
        <translation>Units that have not reported (double-click to select in the grid).</translation>
    </message>
    <message numerus="yes">
        <source>Ngày %1: &lt;b&gt;%2/%3&lt;/b&gt; đơn vị đã báo cáo (%4).&lt;br&gt;Chưa báo cáo: %n đơn vị.</source>
        <translation>
            <numerusform>%1: &lt;b&gt;%2/%3&lt;/b&gt; units have reported (%4).&lt;br&gt;Not reported: one unit.</numerusform>
            <numerusform>%1: &lt;b&gt;%2/%3&lt;/b&gt; units have reported (%4).&lt;br&gt;Not reported: %n units.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Tất cả đơn vị đã báo cáo.</source>
        <translation>All units have reported.</translation>
    </message>
    <message>
        <source>%1 &lt;b&gt;%2/%3&lt;/b&gt;</source>
        <translation>%1 &lt;b&gt;%2/%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Theo nhóm: %1</source>
        <translation>By group: %1</translation>
    </message>
</context>
<context>
    <name>signtally::ConnectDialog</name>
    <message>
        <source>Kết nối máy chủ PostgreSQL</source>
        <translation>Connect to a PostgreSQL server</translation>
    </message>
    <message>
        <source>Nhiều máy cùng nhập số liệu vào một cơ sở dữ liệu trên máy chủ PostgreSQL. Mỗi người đăng nhập bằng tên của mình; máy chủ quyết định người đó được làm gì.</source>
        <translation>Several computers enter figures into one database on a PostgreSQL server. Everyone logs in with their own name; the server decides what each may do.</translation>
    </message>
    <message>
        <source>&amp;Địa chỉ:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>để trống nếu đã có trong ~/.pgpass hoặc PGPASSWORD</source>
        <translation>leave empty if it is in ~/.pgpass or PGPASSWORD</translation>
    </message>
    <message>
        <source>&amp;Mật khẩu:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Mật khẩu chỉ dùng cho lần chạy này, không được lưu lại.</source>
        <translation>The password is used for this session only and is never saved.</translation>
    </message>
    <message>
        <source>&amp;Kết nối</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Địa chỉ máy chủ bắt đầu bằng postgresql://</source>
        <translation>A server address begins with postgresql://</translation>
    </message>
</context>
<context>
    <name>signtally::DashboardPage</name>
    <message>
        <source>Lũy kế toàn đợt</source>
        <translation>Cumulative for the whole drive</translation>
    </message>
    <message>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Cần đạt mỗi ngày</source>
        <translation>Needed per day</translation>
    </message>
    <message>
        <source>Dự báo đạt %1</source>
        <translation>Forecast to reach %1</translation>
    </message>
    <message>
        <source>Đơn vị theo tiến độ (%1)</source>
        <translation>Units by progress (%1)</translation>
    </message>
    <message>
        <source>Nhấp vào tên để mở trang của đơn vị</source>
        <translation>Click a name to open the unit&apos;s page</translation>
    </message>
    <message>
        <source>Nhấp đúp hoặc Enter để mở trang của đơn vị; nhấp tiêu đề cột để sắp xếp</source>
        <translation>Double-click or press Enter to open the unit&apos;s page; click a column header to sort</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 · kế hoạch đến nay %2</source>
        <translation>%1 · planned to date %2</translation>
    </message>
    <message>
        <source>Còn %1 ngày</source>
        <translation>Days left: %1</translation>
    </message>
    <message>
        <source>Đã qua %1/%2 ngày (%3–%4)</source>
        <translation>%1/%2 days elapsed (%3–%4)</translation>
    </message>
    <message>
        <source>chưa có</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>TB 7 ngày gần nhất: %1</source>
        <translation>Last 7 days&apos; average: %1</translation>
    </message>
    <message>
        <source>theo tốc độ 7 ngày: %1</source>
        <translation>at the 7-day pace: %1</translation>
    </message>
    <message>
        <source>Lũy kế toàn đợt so với kế hoạch (tính đến %1)</source>
        <translation>Cumulative for the whole drive against the plan (as of %1)</translation>
    </message>
    <message>
        <source>Số chữ ký số mỗi ngày theo nhà mạng</source>
        <translation>Signatures per day by provider</translation>
    </message>
    <message>
        <source>%1 chỉ tiêu của từng đơn vị</source>
        <translation>%1 of quota for each unit</translation>
    </message>
    <message>
        <source>vạch đứt: kế hoạch đến %1 (%2) · vạch liền: 100%3</source>
        <translation>dashed line: planned by %1 (%2) · solid line: 100%3</translation>
    </message>
    <message>
        <source>Không có đơn vị chậm tiến độ.</source>
        <translation>No unit is behind schedule.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cần đôn đốc&lt;/b&gt; (chậm tiến độ, thấp nhất trước): %1</source>
        <translation>&lt;b&gt;Needs a follow-up call&lt;/b&gt; (behind, lowest first): %1</translation>
    </message>
    <message>
        <source>100% chỉ tiêu</source>
        <translation>100% of quota</translation>
    </message>
    <message>
        <source>Kế hoạch đến %1: %2</source>
        <translation>Planned by %1: %2</translation>
    </message>
    <message>
        <source>Tổng quan</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source> · và %1 đơn vị khác (xem bảng)</source>
        <translation> · and %1 more units (see the table)</translation>
    </message>
    <message>
        <source> · %1 đơn vị thấp nhất trên %2</source>
        <translation> · the %1 lowest units of %2</translation>
    </message>
    <message>
        <source>Đã kết thúc</source>
        <translation>Over</translation>
    </message>
    <message>
        <source>Đợt đã kết thúc: %1 đơn vị đạt chỉ tiêu, %2 đơn vị không đạt.</source>
        <translation>The drive is over: %1 units met their quota, %2 did not.</translation>
    </message>
    <message>
        <source>Chọn đợt khác…</source>
        <translation>Choose another drive…</translation>
    </message>
    <message>
        <source>Mở danh sách các đợt trong tệp này (Ctrl+Shift+O)</source>
        <translation>Open the list of this file&apos;s drives (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Đợt “%1” đã kết thúc ngày %2.</source>
        <translation>The drive “%1” ended on %2.</translation>
    </message>
    <message>
        <source>Thiết lập đợt mới…</source>
        <translation>Set up a new drive…</translation>
    </message>
    <message>
        <source>Tạo đợt mới từ đợt này, từ một mẫu hoặc từ đầu (Ctrl+Shift+N)</source>
        <translation>Make a new drive from this one, from a template or from scratch (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>%1 đã kết thúc ngày %2.</source>
        <translation>%1 ended on %2.</translation>
    </message>
</context>
<context>
    <name>signtally::EntryModel</name>
    <message>
        <source>Tệp cơ sở dữ liệu chỉ đọc: không sửa được số liệu.</source>
        <translation>The database file is read-only: figures cannot be changed.</translation>
    </message>
    <message>
        <source>Tuần %1 (%2–%3) đã khóa vì báo cáo tuần đã gửi: không sửa được số liệu ngày %4.</source>
        <translation>Week %1 (%2–%3) is locked because its weekly report has been sent: figures for %4 cannot be changed.</translation>
    </message>
    <message>
        <source>%1, %2: số lượng không được âm (%3).</source>
        <translation>%1, %2: a count cannot be negative (%3).</translation>
    </message>
    <message>
        <source>Nhập %1 cho %2, %3</source>
        <translation>Enter %1 for %2, %3</translation>
    </message>
    <message>
        <source>Xóa ô %1, %2</source>
        <translation>Clear cell %1, %2</translation>
    </message>
    <message>
        <source>%1, %2: &quot;%3&quot; bị từ chối. %4</source>
        <translation>%1, %2: &quot;%3&quot; rejected. %4</translation>
    </message>
    <message numerus="yes">
        <source>Xóa %n ô</source>
        <translation>
            <numerusform>Clear one cell</numerusform>
            <numerusform>Clear %n cells</numerusform>
        </translation>
    </message>
    <message>
        <source>Chọn một ô của cột nhà mạng trước khi dán.</source>
        <translation>Select a cell in a provider column before pasting.</translation>
    </message>
    <message numerus="yes">
        <source>Dán %n ô</source>
        <translation>
            <numerusform>Paste one cell</numerusform>
            <numerusform>Paste %n cells</numerusform>
        </translation>
    </message>
    <message>
        <source>Bị từ chối: %1</source>
        <translation>Rejected: %1</translation>
    </message>
    <message>
        <source>Bị từ chối (%1 đơn vị): %2</source>
        <translation>Rejected (%1 units): %2</translation>
    </message>
    <message>
        <source>Đã hủy thay đổi: %1</source>
        <translation>Change undone: %1</translation>
    </message>
    <message>
        <source>Đã nhập (có cảnh báo): %1</source>
        <translation>Entered (with a warning): %1</translation>
    </message>
    <message>
        <source>Chưa lưu: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message numerus="yes">
        <source>Đã lưu %n ô của ngày %1.</source>
        <translation>
            <numerusform>Saved one cell for %1.</numerusform>
            <numerusform>Saved %n cells for %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tuần %1 đã khóa rồi.</source>
        <translation>Week %1 is already locked.</translation>
    </message>
    <message>
        <source>Hãy lưu hoặc bỏ các thay đổi chưa lưu trước khi khóa tuần %1.</source>
        <translation>Save or discard the unsaved changes before locking week %1.</translation>
    </message>
    <message>
        <source>Đã khóa tuần %1.</source>
        <translation>Week %1 locked.</translation>
    </message>
    <message>
        <source>Tuần %1 chưa khóa.</source>
        <translation>Week %1 is not locked.</translation>
    </message>
    <message>
        <source>Cần ghi lý do khi mở khóa tuần %1.</source>
        <translation>A reason is needed to unlock week %1.</translation>
    </message>
    <message>
        <source>Đã mở khóa tuần %1. Lý do: %2</source>
        <translation>Week %1 unlocked. Reason: %2</translation>
    </message>
    <message>
        <source>%1 · dân số trưởng thành %2 · chỉ tiêu %3</source>
        <translation>%1 · adult population %2 · quota %3</translation>
    </message>
    <message>
        <source>Chưa lưu (đã lưu: %1).</source>
        <translation>Not saved (saved value: %1).</translation>
    </message>
    <message>
        <source>chưa báo cáo</source>
        <translation>not reported</translation>
    </message>
    <message>
        <source>Chưa báo cáo.</source>
        <translation>Not reported.</translation>
    </message>
    <message>
        <source>Lũy kế đến hết ngày %1 (gồm cả thay đổi chưa lưu).</source>
        <translation>Cumulative to the end of %1 (including unsaved changes).</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Tổng ngày</source>
        <translation>Day total</translation>
    </message>
    <message>
        <source>Lũy kế</source>
        <translation>Cumulative</translation>
    </message>
    <message>
        <source>% chỉ tiêu</source>
        <translation>% of quota</translation>
    </message>
    <message>
        <source>Số chữ ký số ngày %1 do %2 báo cáo. Trống = chưa báo cáo, 0 = báo cáo bằng 0.</source>
        <translation>Signatures on %1 reported by %2. Empty = not reported, 0 = reported zero.</translation>
    </message>
    <message>
        <source>Lũy kế đến hết ngày %1.</source>
        <translation>Cumulative to the end of %1.</translation>
    </message>
    <message numerus="yes">
        <source>Chưa lưu: %n ô đã được người khác sửa trong tệp sau khi bạn mở; hãy chọn giữ số của bạn hay lấy số trong tệp.</source>
        <translation>
            <numerusform>Not saved: one cell was changed in the file by someone else after you opened it; choose whether to keep your number or take the file&apos;s.</numerusform>
            <numerusform>Not saved: %n cells were changed in the file by someone else after you opened them; choose whether to keep your numbers or take the file&apos;s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ngày %1 chưa đến (hôm nay là %2): không nhập số liệu cho ngày sau hôm nay.</source>
        <translation>%1 has not come yet (today is %2): no counts can be entered for days after today.</translation>
    </message>
    <message>
        <source>Toàn bộ dân số</source>
        <translation>Whole population</translation>
    </message>
    <message>
        <source>Tài khoản %1 chỉ được xem số liệu trên máy chủ này: không sửa được số liệu.</source>
        <translation>The account %1 may only view figures on this server: figures cannot be changed.</translation>
    </message>
</context>
<context>
    <name>signtally::EntryPage</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Ngày trước</source>
        <translation>Previous day</translation>
    </message>
    <message>
        <source>Ngày sau</source>
        <translation>Next day</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Làm lại</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Khóa tuần</source>
        <translation>Lock week</translation>
    </message>
    <message>
        <source>Tìm đơn vị</source>
        <translation>Find unit</translation>
    </message>
    <message>
        <source>Ngày:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Ngày nhập số liệu (%1 / %2)</source>
        <translation>Entry date (%1 / %2)</translation>
    </message>
    <message>
        <source>Tìm đơn vị (gõ không dấu cũng được)…</source>
        <translation>Find a unit (typing without diacritics works too)…</translation>
    </message>
    <message>
        <source>— = chưa báo cáo · 0 = báo cáo bằng 0 · chữ đậm nền vàng = chưa lưu · nền cam = đã nhập sau cảnh báo · nền đỏ = bị từ chối</source>
        <translation>— = not reported · 0 = reported zero · bold on yellow = unsaved · orange = entered after a warning · red = rejected</translation>
    </message>
    <message>
        <source>Hoàn tác: %1 (%2)</source>
        <translation>Undo: %1 (%2)</translation>
    </message>
    <message>
        <source>Làm lại: %1 (%2)</source>
        <translation>Redo: %1 (%2)</translation>
    </message>
    <message>
        <source>Chỉ nhập được vào các cột nhà mạng; cột này không sửa được.</source>
        <translation>Only the provider columns take entries; this column cannot be edited.</translation>
    </message>
    <message>
        <source>Số liệu bất thường</source>
        <translation>Unusual figure</translation>
    </message>
    <message>
        <source>Vẫn nhập số liệu này?</source>
        <translation>Enter this figure anyway?</translation>
    </message>
    <message>
        <source>Vẫn nhập</source>
        <translation>Enter anyway</translation>
    </message>
    <message>
        <source>Không nhập</source>
        <translation>Don&apos;t enter</translation>
    </message>
    <message>
        <source>Không có đơn vị &quot;%1&quot;.</source>
        <translation>There is no unit &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Số liệu chưa lưu</source>
        <translation>Unsaved figures</translation>
    </message>
    <message numerus="yes">
        <source>Ngày %1 có %n ô đã sửa nhưng chưa lưu.</source>
        <translation>
            <numerusform>%1 has one edited cell that is not saved.</numerusform>
            <numerusform>%1 has %n edited cells that are not saved.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lưu các thay đổi trước khi rời khỏi ngày này?</source>
        <translation>Save the changes before leaving this day?</translation>
    </message>
    <message>
        <source>Bỏ thay đổi</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Ở lại</source>
        <translation>Stay</translation>
    </message>
    <message>
        <source>Không lưu được</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <source>Ngày %1 nằm ngoài đợt (%2–%3).</source>
        <translation>Date %1 is outside the drive (%2–%3).</translation>
    </message>
    <message>
        <source>Thôi</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Mở khóa tuần %1</source>
        <translation>Unlock week %1</translation>
    </message>
    <message>
        <source>Báo cáo tuần %1 đã gửi. Lý do mở khóa (bắt buộc, được ghi lại):</source>
        <translation>The weekly report for week %1 has been sent. Reason for unlocking (required, recorded):</translation>
    </message>
    <message>
        <source>Mở khóa</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Chưa mở khóa</source>
        <translation>Keep locked</translation>
    </message>
    <message>
        <source>Đã gửi báo cáo tuần %1</source>
        <translation>Weekly report for week %1 sent</translation>
    </message>
    <message>
        <source>Khóa tuần %1</source>
        <translation>Lock week %1</translation>
    </message>
    <message>
        <source>Khóa tuần %1 khi báo cáo tuần đã gửi: sau đó không ai sửa được số liệu của tuần.
Ghi chú:</source>
        <translation>Lock week %1 once its weekly report has been sent: after that nobody can change the week&apos;s figures.
Note:</translation>
    </message>
    <message>
        <source>Khóa</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Chưa khóa</source>
        <translation>Don&apos;t lock</translation>
    </message>
    <message>
        <source>%1 · tuần %2 · ngày %3/%4</source>
        <translation>%1 · week %2 · day %3/%4</translation>
    </message>
    <message>
        <source>Chỉ xem. %1</source>
        <translation>Read only. %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n ô chưa lưu&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;one unsaved cell&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n unsaved cells&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Đã lưu hết</source>
        <translation>All saved</translation>
    </message>
    <message>
        <source>Nhập số liệu</source>
        <translation>Daily entry</translation>
    </message>
    <message>
        <source>chưa báo cáo</source>
        <translation>not reported</translation>
    </message>
    <message>
        <source>%1, %2: của bạn %3, trong tệp %4</source>
        <translation>%1, %2: yours %3, in the file %4</translation>
    </message>
    <message>
        <source>Số liệu đã bị sửa ở nơi khác</source>
        <translation>Changed elsewhere</translation>
    </message>
    <message>
        <source>Giữ số của tôi</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>Lấy số trong tệp</source>
        <translation>Take the file&apos;s</translation>
    </message>
    <message>
        <source>Để sau</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Hôm nay</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Về ngày hôm nay (trong thời gian đợt)</source>
        <translation>Back to today (within the drive)</translation>
    </message>
    <message>
        <source>Đang nhập số liệu của nhóm “%1”: số người trong nhóm đã có chữ ký số, tách riêng với toàn bộ dân số. Đổi nhóm ở cột bên trái (Ctrl+Shift+G).</source>
        <translation>Entering the counts of the group “%1”: people of the group who now have a digital signature, apart from the whole population. Change the group in the column on the left (Ctrl+Shift+G).</translation>
    </message>
    <message>
        <source>Mọi nhóm theo khối cột</source>
        <translation>Every group as column blocks</translation>
    </message>
    <message>
        <source>Mỗi nhóm đối tượng một khối cột nhà mạng, toàn bộ dân số trước (%1)</source>
        <translation>One block of provider columns per target group, the whole population first (%1)</translation>
    </message>
    <message>
        <source>Mọi nhóm theo khối cột: mỗi khối cột là số liệu của một nhóm và được lưu vào nhóm đó. Tab đi hết một khối rồi xuống dòng trong khối ấy. Một nhóm một bảng: %1.</source>
        <translation>Every group as column blocks: each block of columns holds one group&apos;s counts and is saved into that group. Tab goes along a block, then down to the next row of the same block. One group per grid: %1.</translation>
    </message>
</context>
<context>
    <name>signtally::EntryTotalsModel</name>
    <message numerus="yes">
        <source>Tổng %n đơn vị</source>
        <translation>
            <numerusform>Total, one unit</numerusform>
            <numerusform>Total, %n units</numerusform>
        </translation>
    </message>
    <message>
        <source>Tổng ngày %1 của mọi đơn vị (gồm cả số chưa lưu), để đối chiếu với bảng của nhà mạng.</source>
        <translation>The total for %1 over every unit (unsaved figures included), to check against the provider&apos;s sheet.</translation>
    </message>
    <message>
        <source>Lũy kế của mọi đơn vị so với mục tiêu %1.</source>
        <translation>Cumulative of every unit against the goal of %1.</translation>
    </message>
</context>
<context>
    <name>signtally::GeneralTab</name>
    <message>
        <source>Tên đợt:</source>
        <translation>Campaign name:</translation>
    </message>
    <message>
        <source>Mã không đổi của đợt: chữ thường không dấu, chữ số và dấu gạch ngang (tn-2025-30ngay).</source>
        <translation>The campaign&apos;s permanent code: lower-case letters without accents, digits and hyphens (tn-2025-30ngay).</translation>
    </message>
    <message>
        <source>Mã đợt:</source>
        <translation>Campaign code:</translation>
    </message>
    <message>
        <source>Cơ quan thực hiện:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Địa bàn:</source>
        <translation>Area:</translation>
    </message>
    <message>
        <source>Căn cứ kế hoạch:</source>
        <translation>Plan reference:</translation>
    </message>
    <message>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Thời gian:</source>
        <translation>Dates:</translation>
    </message>
    <message>
        <source>Sửa thời gian của đợt</source>
        <translation>Change the campaign&apos;s dates</translation>
    </message>
    <message>
        <source>Dân số của mỗi đơn vị đếm ai, ví dụ “Dân số trưởng thành” hoặc “Người dân từ 16 tuổi trở lên”.</source>
        <translation>Who a unit&apos;s population counts, for example “Adult population” or “People aged 16 and over”.</translation>
    </message>
    <message>
        <source>Đối tượng dân số:</source>
        <translation>Population counted:</translation>
    </message>
    <message>
        <source>Số người</source>
        <translation>Number of people</translation>
    </message>
    <message>
        <source>Tỷ lệ dân số</source>
        <translation>Share of the population</translation>
    </message>
    <message>
        <source>Mục tiêu:</source>
        <translation>Goal:</translation>
    </message>
    <message>
        <source>đúng tiến độ từ</source>
        <translation>on track from</translation>
    </message>
    <message>
        <source>có nguy cơ từ</source>
        <translation>at risk from</translation>
    </message>
    <message>
        <source>(so với số cần đạt đến ngày xem)</source>
        <translation>(of the count expected by the day shown)</translation>
    </message>
    <message>
        <source>Ngưỡng trạng thái:</source>
        <translation>Status thresholds:</translation>
    </message>
    <message>
        <source>Sửa ngưỡng trạng thái</source>
        <translation>Change the status thresholds</translation>
    </message>
    <message>
        <source>Sửa thông tin đợt</source>
        <translation>Change the campaign&apos;s details</translation>
    </message>
    <message>
        <source>Sửa mục tiêu</source>
        <translation>Change the goal</translation>
    </message>
    <message numerus="yes">
        <source>(%n ngày)</source>
        <translation>
            <numerusform>(%n day)</numerusform>
            <numerusform>(%n days)</numerusform>
        </translation>
    </message>
    <message>
        <source>= %1 người (của %2 %3)</source>
        <translation>= %1 people (of %2, %3)</translation>
    </message>
    <message>
        <source>= %1 người</source>
        <translation>= %1 people</translation>
    </message>
    <message>
        <source>Dân số trưởng thành</source>
        <translation>Adult population</translation>
    </message>
</context>
<context>
    <name>signtally::GroupSelector</name>
    <message>
        <source>Nhóm đối tượng:</source>
        <translation>Target group:</translation>
    </message>
    <message>
        <source>Toàn bộ dân số</source>
        <translation>Whole population</translation>
    </message>
    <message>
        <source>Nhóm đối tượng</source>
        <translation>Target groups</translation>
    </message>
</context>
<context>
    <name>signtally::GroupsTab</name>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Tên nhóm</source>
        <translation>Group name</translation>
    </message>
    <message>
        <source>Mục tiêu</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>nhóm</source>
        <translation>group</translation>
    </message>
    <message>
        <source>Mục tiêu của nhóm: một tỷ lệ quy mô nhóm (100 %), hoặc để trống để nhập mục tiêu riêng cho từng đơn vị ở bảng dưới. Nhóm đầu tiên là toàn bộ dân số: mục tiêu của nó là mục tiêu của đợt.</source>
        <translation>A group&apos;s goal: a share of the group&apos;s size (100 %), or empty to type each unit&apos;s own goal in the table below. The first group is the whole population: its goal is the campaign&apos;s goal.</translation>
    </message>
    <message>
        <source>Nhóm mới %1</source>
        <translation>New group %1</translation>
    </message>
    <message>
        <source>Nhóm đầu tiên là toàn bộ dân số: không xóa hay chuyển được.</source>
        <translation>The first group is the whole population: it cannot be removed or moved.</translation>
    </message>
    <message>
        <source>mục tiêu của đợt</source>
        <translation>the campaign&apos;s goal</translation>
    </message>
    <message>
        <source>nhập theo đơn vị</source>
        <translation>typed per unit</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>%1: quy mô</source>
        <translation>%1: size</translation>
    </message>
    <message>
        <source>%1: mục tiêu</source>
        <translation>%1: goal</translation>
    </message>
    <message>
        <source>Nhóm dòng %1: mục tiêu “%2” phải là tỷ lệ từ trên 0 đến 100 %, hoặc để trống để nhập theo đơn vị.</source>
        <translation>Group row %1: the goal “%2” must be a share above 0 and up to 100 %, or empty to type it per unit.</translation>
    </message>
    <message>
        <source>Sửa nhóm đối tượng</source>
        <translation>Change a target group</translation>
    </message>
    <message>
        <source>Dòng %1, cột “%2”: “%3”: %4</source>
        <translation>Row %1, column “%2”: “%3”: %4</translation>
    </message>
    <message>
        <source>Sửa quy mô nhóm</source>
        <translation>Change a group size</translation>
    </message>
</context>
<context>
    <name>signtally::HistoryTab</name>
    <message>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Người sửa</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <source>Mục</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Cũ</source>
        <translation>Old</translation>
    </message>
    <message>
        <source>Mới</source>
        <translation>New</translation>
    </message>
</context>
<context>
    <name>signtally::ImportPage</name>
    <message>
        <source>Chọn hoặc kéo thả các tệp CSV/Excel mà nhà mạng, xã gửi về. Xem trước những gì sẽ được thêm, thay đổi và các lỗi; chỉ khi hết lỗi mới nhập được, và nhập tất cả trong một lần hoặc không nhập gì.</source>
        <translation>Choose or drag in the CSV/Excel files that providers and communes send. Preview what will be added and changed, and any errors; you can import only when there are no errors, and everything is imported at once or nothing is.</translation>
    </message>
    <message>
        <source>Chọn tệp…</source>
        <translation>Choose files…</translation>
    </message>
    <message>
        <source>Bỏ các tệp</source>
        <translation>Remove the files</translation>
    </message>
    <message>
        <source>Đọc lại tệp</source>
        <translation>Reread files</translation>
    </message>
    <message>
        <source>Đọc lại các tệp sau khi sửa chúng</source>
        <translation>Read the files again after correcting them</translation>
    </message>
    <message>
        <source>Tạo mẫu Excel…</source>
        <translation>Create an Excel template…</translation>
    </message>
    <message>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Trang tính</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Đọc được</source>
        <translation>Read</translation>
    </message>
    <message>
        <source>Nhà mạng (khi tệp không ghi):</source>
        <translation>Provider (when the file names none):</translation>
    </message>
    <message>
        <source>— theo tệp —</source>
        <translation>— from the file —</translation>
    </message>
    <message>
        <source>Ngày (khi tệp không ghi):</source>
        <translation>Date (when the file names none):</translation>
    </message>
    <message>
        <source>Ghi đè giá trị đã có</source>
        <translation>Overwrite existing figures</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Vị trí</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Nhà mạng</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Số liệu</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Nhập vào cơ sở dữ liệu</source>
        <translation>Import into the database</translation>
    </message>
    <message>
        <source>Đang nhập</source>
        <translation>Importing</translation>
    </message>
    <message>
        <source>Đang đọc hoặc ghi số liệu; hãy chờ xong hoặc bấm Hủy.</source>
        <translation>Figures are being read or written; wait until it finishes or press Cancel.</translation>
    </message>
    <message>
        <source>Chọn tệp số liệu</source>
        <translation>Choose tally files</translation>
    </message>
    <message>
        <source>Bảng số liệu (*.csv *.txt *.xlsx);;Tất cả các tệp (*)</source>
        <translation>Tally sheets (*.csv *.txt *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Đang đọc tệp…</source>
        <translation>Reading files…</translation>
    </message>
    <message>
        <source>Đã hủy việc đọc tệp.</source>
        <translation>Reading the files was cancelled.</translation>
    </message>
    <message>
        <source>Đang ghi vào cơ sở dữ liệu…</source>
        <translation>Writing to the database…</translation>
    </message>
    <message>
        <source>Không ghi được, cơ sở dữ liệu giữ nguyên: %1</source>
        <translation>Nothing written, the database is unchanged: %1</translation>
    </message>
    <message>
        <source>Đã hủy; cơ sở dữ liệu giữ nguyên như trước.</source>
        <translation>Cancelled; the database is unchanged.</translation>
    </message>
    <message>
        <source>Đã nhập: thêm %1, ghi đè %2 số liệu.</source>
        <translation>Imported: %1 added, %2 figures overwritten.</translation>
    </message>
    <message>
        <source>Tuần %1 (%2–%3)</source>
        <translation>Week %1 (%2–%3)</translation>
    </message>
    <message>
        <source>Cả đợt (%1–%2)</source>
        <translation>Whole drive (%1–%2)</translation>
    </message>
    <message>
        <source>Tạo mẫu Excel</source>
        <translation>Create an Excel template</translation>
    </message>
    <message>
        <source>Mẫu cho khoảng ngày:</source>
        <translation>Template for the date range:</translation>
    </message>
    <message>
        <source>mau-so-lieu-%1</source>
        <translation>tally-template-%1</translation>
    </message>
    <message>
        <source>Lưu mẫu</source>
        <translation>Save template</translation>
    </message>
    <message>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Đã tạo mẫu %1.</source>
        <translation>Created template %1.</translation>
    </message>
    <message>
        <source>Không tạo được mẫu</source>
        <translation>Could not create the template</translation>
    </message>
    <message>
        <source>%1 dòng</source>
        <translation>Rows: %1</translation>
    </message>
    <message>
        <source>Chưa chọn tệp nào.</source>
        <translation>No file chosen.</translation>
    </message>
    <message>
        <source>Chưa ghi gì. Sửa các lỗi trong tệp rồi bấm &quot;Đọc lại tệp&quot;.</source>
        <translation>Nothing written yet. Correct the errors in the file, then press &quot;Reread files&quot;.</translation>
    </message>
    <message>
        <source>Có số liệu khác với số đã lưu: đánh dấu &quot;Ghi đè giá trị đã có&quot; để nhập.</source>
        <translation>Some figures differ from the stored ones: tick &quot;Overwrite existing figures&quot; to import them.</translation>
    </message>
    <message>
        <source>Không có gì mới để nhập.</source>
        <translation>Nothing new to import.</translation>
    </message>
    <message>
        <source>Lỗi</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Có phải: %1?</source>
        <translation>Did you mean: %1?</translation>
    </message>
    <message>
        <source>Thay đổi</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Thêm mới</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Giống đã lưu</source>
        <translation>Same as stored</translation>
    </message>
    <message>
        <source>… và %1 dòng nữa không hiện ở đây.</source>
        <translation>… and %1 more rows not shown here.</translation>
    </message>
    <message>
        <source>Nhập từ tệp</source>
        <translation>Import from file</translation>
    </message>
    <message>
        <source>Thêm mới: %1 · Thay đổi: %2 · Giống số đã lưu: %3 · Lỗi: %4 · Cảnh báo: %5</source>
        <translation>New: %1 · Changed: %2 · Same as stored: %3 · Errors: %4 · Warnings: %5</translation>
    </message>
    <message>
        <source>Cảnh báo</source>
        <translation>Warning</translation>
    </message>
</context>
<context>
    <name>signtally::MainWindow</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source> (chỉ đọc)</source>
        <translation> (read only)</translation>
    </message>
    <message>
        <source>Sao lưu tự động</source>
        <translation>Automatic backup</translation>
    </message>
    <message>
        <source>Không tạo được bản sao lưu tự động: %1</source>
        <translation>Could not make the automatic backup: %1</translation>
    </message>
    <message>
        <source>Chưa mở cơ sở dữ liệu</source>
        <translation>No database open</translation>
    </message>
    <message>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Mở…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>&amp;Tạo mới…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>Tệp &amp;gần đây</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <source>&amp;Sao lưu…</source>
        <translation>&amp;Back up…</translation>
    </message>
    <message>
        <source>&amp;Khôi phục…</source>
        <translation>R&amp;estore…</translation>
    </message>
    <message>
        <source>&amp;Nhập từ tệp…</source>
        <translation>&amp;Import from file…</translation>
    </message>
    <message>
        <source>&amp;Xuất báo cáo…</source>
        <translation>E&amp;xport report…</translation>
    </message>
    <message>
        <source>&amp;In…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Cài đặt…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>T&amp;hoát</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Sửa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Hoàn tác</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Làm lại</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Sao chép</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Dán</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>&amp;Xem</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Làm &amp;mới</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Đã đọc lại số liệu từ %1.</source>
        <translation>Figures reread from %1.</translation>
    </message>
    <message>
        <source>Làm mới</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Hướng dẫn sử dụng</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>&amp;Giới thiệu SignTally</source>
        <translation>&amp;About SignTally</translation>
    </message>
    <message>
        <source>Tệp gần đây</source>
        <translation>Recent files</translation>
    </message>
    <message>
        <source>Không còn tệp %1; đã bỏ khỏi danh sách.</source>
        <translation>File %1 no longer exists; removed from the list.</translation>
    </message>
    <message>
        <source>(chưa có)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <source>Xóa danh sách</source>
        <translation>Clear the list</translation>
    </message>
    <message>
        <source>Đã lưu cài đặt.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <source>không rõ</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>(chưa mở)</source>
        <translation>(not open)</translation>
    </message>
    <message>
        <source>Giới thiệu SignTally</source>
        <translation>About SignTally</translation>
    </message>
    <message>
        <source>Hướng dẫn sử dụng</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>Không tìm thấy tệp hướng dẫn huong-dan-su-dung.md bên cạnh chương trình.</source>
        <translation>The user guide huong-dan-su-dung.md was not found beside the program.</translation>
    </message>
    <message>
        <source>Không mở được %1. Hãy mở tệp này bằng trình soạn thảo văn bản.</source>
        <translation>Could not open %1. Open this file with a text editor.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu: %1%2</source>
        <translation>Database: %1%2</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SignTally %1&lt;/h3&gt;&lt;p&gt;Theo dõi đợt cao điểm triển khai chữ ký số công cộng: nhập số liệu hằng ngày, tổng quan tiến độ, báo cáo tuần.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Phiên bản:&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ngày biên dịch:&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Qt:&lt;/td&gt;&lt;td&gt;%3 (biên dịch với %4)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Cơ sở dữ liệu:&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Tệp dữ liệu:&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;h3&gt;SignTally %1&lt;/h3&gt;&lt;p&gt;Follows a peak drive for public digital signatures: daily entry, a progress dashboard, weekly reports.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Version:&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Built on:&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Qt:&lt;/td&gt;&lt;td&gt;%3 (built with %4)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Database:&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Data file:&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Đã tạo đợt %1.</source>
        <translation>Created the campaign %1.</translation>
    </message>
    <message>
        <source>&amp;Đợt</source>
        <translation>&amp;Drive</translation>
    </message>
    <message>
        <source>&amp;Chọn đợt…</source>
        <translation>&amp;Choose drive…</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Chọn đợt</source>
        <translation>Choose a drive</translation>
    </message>
    <message>
        <source>Đã chuyển sang %1.</source>
        <translation>Switched to %1.</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>Chọn &amp;nhóm đối tượng…</source>
        <translation>Choose target &amp;group…</translation>
    </message>
    <message>
        <source>Máy chủ: %1 · đăng nhập: %2%3</source>
        <translation>Server: %1 · logged in as %2%3</translation>
    </message>
    <message>
        <source> (chỉ xem)</source>
        <translation> (view only)</translation>
    </message>
    <message>
        <source>&amp;Kết nối máy chủ…</source>
        <translation>&amp;Connect to server…</translation>
    </message>
    <message>
        <source>Đã kết nối lại máy chủ.</source>
        <translation>Reconnected to the server.</translation>
    </message>
    <message>
        <source>Máy chủ %1 không trả lời. SignTally tự kết nối lại sau 1, 2, 4… đến 30 giây, và ngay khi bạn lưu. Những gì đã nhập mà chưa lưu vẫn được giữ trên màn hình.</source>
        <translation>The server %1 does not answer. SignTally reconnects by itself after 1, 2, 4… up to 30 seconds, and at once when you save. What you typed and have not saved stays on screen.</translation>
    </message>
    <message>
        <source>Tài khoản %1 chỉ được đọc số liệu của %2: mọi con số trên các trang là của riêng %2, không phải tổng của cả đợt.</source>
        <translation>The account %1 may read only the figures of %2: every figure on these pages is %2&apos;s alone, not the whole drive&apos;s.</translation>
    </message>
    <message>
        <source>Mất kết nối máy chủ từ %1 — sắp thử kết nối lại</source>
        <translation>Lost the server connection at %1 — reconnecting shortly</translation>
    </message>
    <message>
        <source>Mất kết nối máy chủ từ %1 — đã thử kết nối lại %2 lần</source>
        <translation>Lost the server connection at %1 — tried to reconnect %2 times</translation>
    </message>
</context>
<context>
    <name>signtally::NewCampaignDialog</name>
    <message>
        <source>Đợt mới</source>
        <translation>New campaign</translation>
    </message>
    <message>
        <source>Đợt mới bắt đầu từ:</source>
        <translation>Start the new campaign from:</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>Trống (chỉ có nhà mạng Viettel, VNPT, Khác)</source>
        <translation>Nothing (only the providers Viettel, VNPT, Other)</translation>
    </message>
    <message>
        <source>Bản sao của đợt:</source>
        <translation>A copy of the campaign:</translation>
    </message>
    <message>
        <source>Mẫu có sẵn:</source>
        <translation>A bundled template:</translation>
    </message>
    <message>
        <source>Bản sao lấy đơn vị, dân số, tên khác, nhà mạng và nhóm đối tượng, không lấy số liệu; chỉ tiêu được phân bổ lại theo mục tiêu mới.</source>
        <translation>A copy takes the units, populations, other names, providers and target groups, not the counts; quotas are apportioned again for the new goal.</translation>
    </message>
    <message>
        <source>Mã đợt:</source>
        <translation>Campaign code:</translation>
    </message>
    <message>
        <source>Tên đợt:</source>
        <translation>Campaign name:</translation>
    </message>
    <message>
        <source>%1 (bản sao)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <source>Dân số trưởng thành</source>
        <translation>Adult population</translation>
    </message>
    <message>
        <source>Không đọc được mẫu %1.</source>
        <translation>Could not read the template %1.</translation>
    </message>
</context>
<context>
    <name>signtally::ProvidersTab</name>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Tên nhà mạng</source>
        <translation>Provider name</translation>
    </message>
    <message>
        <source>Tên khác</source>
        <translation>Other names</translation>
    </message>
    <message>
        <source>Ẩn khi nhập</source>
        <translation>Hidden from entry</translation>
    </message>
    <message>
        <source>nhà mạng</source>
        <translation>provider</translation>
    </message>
    <message>
        <source>Thứ tự ở đây là thứ tự cột trên bảng nhập số liệu. Nhà mạng đã có số liệu không xóa được: đánh dấu “Ẩn khi nhập”.</source>
        <translation>This order is the column order of the entry grid. A provider with counts cannot be removed: tick “Hidden from entry”.</translation>
    </message>
    <message>
        <source>Nhà mạng %1</source>
        <translation>Provider %1</translation>
    </message>
    <message>
        <source>Sửa nhà mạng</source>
        <translation>Change a provider</translation>
    </message>
</context>
<context>
    <name>signtally::ReportPage</name>
    <message>
        <source>Kỳ báo cáo:</source>
        <translation>Reporting period:</translation>
    </message>
    <message>
        <source>Khoảng ngày tùy chọn</source>
        <translation>Custom date range</translation>
    </message>
    <message>
        <source>Từ</source>
        <translation>From</translation>
    </message>
    <message>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Xuất PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Tài liệu PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Xuất Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Xuất CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>In báo cáo</source>
        <translation>Print report</translation>
    </message>
    <message>
        <source>Xuất báo cáo</source>
        <translation>Export report</translation>
    </message>
    <message>
        <source>%1 · lũy kế %2 / %3 (%4) · %5 trang A4</source>
        <translation>%1 · cumulative %2 / %3 (%4) · %5 A4 pages</translation>
    </message>
    <message>
        <source> · xem trước %1 trang đầu, tệp xuất ra có đủ %2 trang.</source>
        <translation> · previewing the first %1 pages; the exported file has all %2 pages.</translation>
    </message>
    <message>
        <source>Trang %1/%2</source>
        <translation>Page %1/%2</translation>
    </message>
    <message>
        <source>Không xuất được báo cáo</source>
        <translation>Could not export the report</translation>
    </message>
    <message>
        <source>Đã ghi %1.</source>
        <translation>Wrote %1.</translation>
    </message>
    <message>
        <source>Không in được báo cáo</source>
        <translation>Could not print the report</translation>
    </message>
    <message>
        <source>Báo cáo</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Hình thức:</source>
        <translation>Form:</translation>
    </message>
    <message>
        <source>Văn bản hành chính</source>
        <translation>Administrative document</translation>
    </message>
    <message>
        <source>Bảng tóm tắt</source>
        <translation>Summary table</translation>
    </message>
    <message>
        <source>Xuất ODT (sửa được)…</source>
        <translation>Export ODT (editable)…</translation>
    </message>
    <message>
        <source>Văn bản OpenDocument (*.odt)</source>
        <translation>OpenDocument text (*.odt)</translation>
    </message>
    <message>
        <source>Cài đặt báo cáo…</source>
        <translation>Report settings…</translation>
    </message>
    <message>
        <source>II. Đánh giá</source>
        <translation>II. Assessment</translation>
    </message>
    <message>
        <source>III. Khó khăn, vướng mắc</source>
        <translation>III. Difficulties</translation>
    </message>
    <message>
        <source>IV. Đề xuất, kiến nghị</source>
        <translation>IV. Proposals</translation>
    </message>
    <message>
        <source>Mỗi đoạn một dòng. Nội dung được lưu cùng báo cáo trong tệp dữ liệu.</source>
        <translation>One paragraph a line. The text is kept with the report in the data file.</translation>
    </message>
    <message>
        <source>Lưu nội dung</source>
        <translation>Save text</translation>
    </message>
    <message>
        <source>Không lưu được nội dung báo cáo</source>
        <translation>Could not save the report&apos;s text</translation>
    </message>
    <message>
        <source>Chưa có nội dung đã lưu.</source>
        <translation>No saved text yet.</translation>
    </message>
    <message>
        <source>Chưa lưu cho kỳ này: nội dung lấy từ báo cáo gần nhất.</source>
        <translation>Not saved for this period: the text comes from the last report.</translation>
    </message>
    <message>
        <source>Đã lưu %1 bởi %2.</source>
        <translation>Saved %1 by %2.</translation>
    </message>
    <message>
        <source>Số báo cáo: %1.</source>
        <translation>Report number: %1.</translation>
    </message>
    <message>
        <source>Không biết ghi tệp &quot;%1&quot;: phần mở rộng phải là .pdf, .odt, .xlsx hoặc .csv.</source>
        <translation>Cannot write &quot;%1&quot;: the extension must be .pdf, .odt, .xlsx or .csv.</translation>
    </message>
    <message>
        <source>Tài liệu PDF (*.pdf);;Văn bản OpenDocument (*.odt);;Bảng tính Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>PDF document (*.pdf);;OpenDocument text (*.odt);;Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>signtally::ReportSettingsDialog</name>
    <message>
        <source>Cài đặt báo cáo</source>
        <translation>Report settings</translation>
    </message>
    <message>
        <source>Phần đầu và phần ký của báo cáo theo thể thức văn bản hành chính (Nghị định 30/2020/NĐ-CP). Lưu trong tệp dữ liệu, dùng chung cho mọi người mở tệp.</source>
        <translation>The heading and signature of the report as an administrative document (Decree 30/2020/NĐ-CP). Kept in the data file, shared by everyone who opens it.</translation>
    </message>
    <message>
        <source>Cơ quan chủ quản:</source>
        <translation>Parent body:</translation>
    </message>
    <message>
        <source>Cơ quan ban hành:</source>
        <translation>Issuing body:</translation>
    </message>
    <message>
        <source>Địa danh:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <source>Mẫu số văn bản:</source>
        <translation>Number pattern:</translation>
    </message>
    <message>
        <source>{n} là số của báo cáo; khi báo cáo chưa có số, chỗ đó để trống để văn thư điền.</source>
        <translation>{n} is the report&apos;s number; while the report has none it is left blank for the clerk to fill in.</translation>
    </message>
    <message>
        <source>để trống (văn thư điền số)</source>
        <translation>blank (the clerk writes it)</translation>
    </message>
    <message>
        <source>Số cấp cho báo cáo được lưu lần đầu tiếp theo, rồi tăng lên 1.</source>
        <translation>The number given to the next report saved for the first time, then increased by 1.</translation>
    </message>
    <message>
        <source>Số tiếp theo:</source>
        <translation>Next number:</translation>
    </message>
    <message>
        <source>Kính gửi:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Thẩm quyền ký:</source>
        <translation>Signing authority:</translation>
    </message>
    <message>
        <source>Chức vụ người ký:</source>
        <translation>Signer&apos;s title:</translation>
    </message>
    <message>
        <source>Họ tên người ký:</source>
        <translation>Signer&apos;s name:</translation>
    </message>
    <message>
        <source>Nơi nhận:</source>
        <translation>Recipients:</translation>
    </message>
    <message>
        <source>Tệp dữ liệu đang mở chỉ để xem: không lưu được cài đặt.</source>
        <translation>The data file is open read-only: the settings cannot be saved.</translation>
    </message>
    <message>
        <source>Mỗi nơi nhận một dòng.</source>
        <translation>One recipient a line.</translation>
    </message>
</context>
<context>
    <name>signtally::SettingsDialog</name>
    <message>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Chung</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Tên ghi vào nhật ký thay đổi cho mỗi số liệu bạn nhập hoặc sửa.</source>
        <translation>The name written in the change log for every figure you enter or change.</translation>
    </message>
    <message>
        <source>Tên người nhập (ghi vào nhật ký):</source>
        <translation>Name of the person entering (written in the log):</translation>
    </message>
    <message>
        <source>Tiếng Việt</source>
        <translation>Vietnamese (Tiếng Việt)</translation>
    </message>
    <message>
        <source>Ngôn ngữ:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Ngôn ngữ mới có hiệu lực khi mở lại chương trình.</source>
        <translation>A new language takes effect when the program is started again.</translation>
    </message>
    <message>
        <source>Chi tiết nhất (trace)</source>
        <translation>Most detailed (trace)</translation>
    </message>
    <message>
        <source>Gỡ lỗi (debug)</source>
        <translation>Debugging (debug)</translation>
    </message>
    <message>
        <source>Thông tin (info)</source>
        <translation>Information (info)</translation>
    </message>
    <message>
        <source>Cảnh báo (warning)</source>
        <translation>Warnings (warning)</translation>
    </message>
    <message>
        <source>Lỗi (error)</source>
        <translation>Errors (error)</translation>
    </message>
    <message>
        <source>Nghiêm trọng (critical)</source>
        <translation>Critical (critical)</translation>
    </message>
    <message>
        <source>Tắt (off)</source>
        <translation>Off (off)</translation>
    </message>
    <message>
        <source>Mức ghi nhật ký chương trình:</source>
        <translation>Program log level:</translation>
    </message>
    <message>
        <source>Sao lưu tự động khi đóng chương trình</source>
        <translation>Back up automatically when the program closes</translation>
    </message>
    <message>
        <source>Chọn…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Thư mục sao lưu</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>Thư mục:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source> bản mới nhất</source>
        <translation> newest copies</translation>
    </message>
    <message>
        <source>Giữ lại:</source>
        <translation>Keep:</translation>
    </message>
    <message>
        <source>Trạng thái đơn vị (lưu trong cơ sở dữ liệu, cho chiến dịch này)</source>
        <translation>Unit status (stored in the database, for this campaign)</translation>
    </message>
    <message>
        <source>Đúng tiến độ khi lũy kế đạt ít nhất:</source>
        <translation>On track when the cumulative reaches at least:</translation>
    </message>
    <message>
        <source>Có nguy cơ khi lũy kế đạt ít nhất:</source>
        <translation>At risk when the cumulative reaches at least:</translation>
    </message>
    <message>
        <source>so với số cần đạt đến ngày xem; thấp hơn là chậm tiến độ.</source>
        <translation>of the count expected by the viewed date; below that is behind.</translation>
    </message>
    <message>
        <source>Tệp đang mở ở chế độ chỉ đọc: không sửa được ngưỡng.</source>
        <translation>The open file is read-only: the thresholds cannot be changed.</translation>
    </message>
    <message>
        <source>Nhập số liệu</source>
        <translation>Daily entry</translation>
    </message>
    <message>
        <source> × trung vị</source>
        <translation> × the median</translation>
    </message>
    <message>
        <source>Cảnh báo khi số trong ngày lớn hơn:</source>
        <translation>Warn when a day&apos;s count is more than:</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Thư mục sao lưu phải là đường dẫn đầy đủ (ví dụ %1).</source>
        <translation>The backup folder must be a full path (for example %1).</translation>
    </message>
    <message>
        <source>Ngưỡng &quot;có nguy cơ&quot; (%1%) không được lớn hơn ngưỡng &quot;đúng tiến độ&quot; (%2%).</source>
        <translation>The &quot;at risk&quot; threshold (%1%) must not be greater than the &quot;on track&quot; threshold (%2%).</translation>
    </message>
    <message>
        <source>Trên máy chủ, nhật ký ghi tài khoản đăng nhập: %1.</source>
        <translation>On a server the log records the login account: %1.</translation>
    </message>
    <message>
        <source>Tài khoản %1 chỉ được xem trên máy chủ này: không sửa được ngưỡng.</source>
        <translation>The account %1 may only view on this server: thresholds cannot be changed.</translation>
    </message>
</context>
<context>
    <name>signtally::SetupTable</name>
    <message>
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Thêm %1 dưới dòng đang chọn</source>
        <translation>Add a %1 below the selected row</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Xóa %1 đang chọn</source>
        <translation>Remove the selected %1</translation>
    </message>
    <message>
        <source>Lên</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Chuyển %1 lên một dòng</source>
        <translation>Move the %1 up one row</translation>
    </message>
    <message>
        <source>Xuống</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Chuyển %1 xuống một dòng</source>
        <translation>Move the %1 down one row</translation>
    </message>
    <message>
        <source>Thêm %1</source>
        <translation>Add a %1</translation>
    </message>
    <message>
        <source>Xóa %1</source>
        <translation>Remove a %1</translation>
    </message>
    <message>
        <source>Chuyển %1</source>
        <translation>Move a %1</translation>
    </message>
</context>
<context>
    <name>signtally::UnitPage</name>
    <message>
        <source>Đơn vị:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Chọn đơn vị (Alt+↑ / Alt+↓: đơn vị trước / sau)</source>
        <translation>Choose a unit (Alt+↑ / Alt+↓: previous / next unit)</translation>
    </message>
    <message>
        <source>Lũy kế / chỉ tiêu</source>
        <translation>Cumulative / quota</translation>
    </message>
    <message>
        <source>Bao phủ dân số trưởng thành</source>
        <translation>Adult population coverage</translation>
    </message>
    <message>
        <source>Cần đạt mỗi ngày</source>
        <translation>Needed per day</translation>
    </message>
    <message>
        <source>Dự báo đạt chỉ tiêu</source>
        <translation>Forecast to reach the quota</translation>
    </message>
    <message>
        <source>Xếp hạng theo % chỉ tiêu</source>
        <translation>Rank by % of quota</translation>
    </message>
    <message>
        <source>Thời điểm sửa</source>
        <translation>Changed at</translation>
    </message>
    <message>
        <source>Ngày số liệu</source>
        <translation>Figure date</translation>
    </message>
    <message>
        <source>Nhà mạng</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Số cũ</source>
        <translation>Old</translation>
    </message>
    <message>
        <source>Số mới</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Người sửa</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <source>Nguồn</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 chỉ tiêu · kế hoạch đến nay %2</source>
        <translation>%1 of quota · planned to date %2</translation>
    </message>
    <message>
        <source>%1 / %2 người trưởng thành</source>
        <translation>%1 / %2 adults</translation>
    </message>
    <message>
        <source>chưa có</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>TB 7 ngày gần nhất: %1</source>
        <translation>Last 7 days&apos; average: %1</translation>
    </message>
    <message>
        <source>theo tốc độ 7 ngày: %1</source>
        <translation>at the 7-day pace: %1</translation>
    </message>
    <message>
        <source>Ngày %1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Ngày %1: chưa báo cáo</source>
        <translation>%1: not reported</translation>
    </message>
    <message>
        <source>%1: lũy kế so với chỉ tiêu (tính đến %2)</source>
        <translation>%1: cumulative against the quota (as of %2)</translation>
    </message>
    <message>
        <source>%1: số mỗi ngày theo nhà mạng</source>
        <translation>%1: daily counts by provider</translation>
    </message>
    <message>
        <source>(trống)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Lịch sử thay đổi số liệu của đơn vị đến ngày %1 (mới nhất ở trên)</source>
        <translation>Changes to the unit&apos;s figures up to %1 (newest first)</translation>
    </message>
</context>
<context>
    <name>signtally::UnitProgressModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Nhấp đúp hoặc Enter để mở trang của đơn vị</source>
        <translation>Double-click or press Enter to open the unit&apos;s page</translation>
    </message>
    <message>
        <source>Dân số trưởng thành</source>
        <translation>Adult population</translation>
    </message>
    <message>
        <source>Lũy kế / dân số trưởng thành</source>
        <translation>Cumulative / adult population</translation>
    </message>
    <message>
        <source>Số báo cáo trong ngày &quot;tính đến&quot; (— = chưa báo cáo)</source>
        <translation>Count reported on the as-of date (— = not reported)</translation>
    </message>
    <message>
        <source>Số cần đạt mỗi ngày còn lại để đủ chỉ tiêu</source>
        <translation>Count needed per remaining day to meet the quota</translation>
    </message>
    <message>
        <source>Trung bình 7 ngày có báo cáo gần nhất</source>
        <translation>Average of the last 7 reported days</translation>
    </message>
    <message>
        <source>TT</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Dân số TT</source>
        <translation>Adults</translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>Lũy kế</source>
        <translation>Cumulative</translation>
    </message>
    <message>
        <source>% chỉ tiêu</source>
        <translation>% of quota</translation>
    </message>
    <message>
        <source>Bao phủ</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>Trong ngày</source>
        <translation>On the day</translation>
    </message>
    <message>
        <source>Cần/ngày</source>
        <translation>Needed/day</translation>
    </message>
    <message>
        <source>TB 7 ngày</source>
        <translation>7-day avg</translation>
    </message>
    <message>
        <source>Dự báo đạt</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <source>Hạng</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>signtally::UnitsTab</name>
    <message>
        <source>Dán</source>
        <translation>Paste</translation>
    </message>
    <message>
        <source>đơn vị</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>Phân bổ chỉ tiêu từ mục tiêu…</source>
        <translation>Apportion quotas from the goal…</translation>
    </message>
    <message>
        <source>Chia mục tiêu của đợt cho các đơn vị theo dân số; chỉ tiêu nhập tay được giữ nguyên.</source>
        <translation>Shares the campaign&apos;s goal among the units by population; quotas typed by hand are kept.</translation>
    </message>
    <message>
        <source>Dán từ Excel (Ctrl+V) bắt đầu từ ô đang chọn; các dòng thừa thành đơn vị mới. Chỉ tiêu in đậm là chỉ tiêu nhập tay: giữ nguyên khi phân bổ (chuột phải → Bỏ nhập tay).</source>
        <translation>Paste from Excel (Ctrl+V) starts at the selected cell; extra rows become new units. Bold quotas were typed by hand: the apportionment keeps them (right-click → Not typed by hand).</translation>
    </message>
    <message>
        <source>Sửa %1</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <source>Chỉ tiêu nhập tay: giữ nguyên khi phân bổ.</source>
        <translation>Quota typed by hand: kept by the apportionment.</translation>
    </message>
    <message>
        <source>Tổng dân số: %1 · Tổng chỉ tiêu: %2 · Mục tiêu của đợt: %3</source>
        <translation>Total population: %1 · Total of quotas: %2 · Campaign goal: %3</translation>
    </message>
    <message numerus="yes">
        <source> · %n đơn vị chưa có dân số</source>
        <translation>
            <numerusform> · %n unit without a population</numerusform>
            <numerusform> · %n units without a population</numerusform>
        </translation>
    </message>
    <message>
        <source> · chỉ tiêu chưa khớp mục tiêu: bấm “Phân bổ chỉ tiêu từ mục tiêu”</source>
        <translation> · the quotas do not add up to the goal: click “Apportion quotas from the goal”</translation>
    </message>
    <message>
        <source>Dán vào bảng đơn vị</source>
        <translation>Paste into the units table</translation>
    </message>
    <message>
        <source>Không dán được, bảng không thay đổi. %1</source>
        <translation>Nothing was pasted; the table is unchanged. %1</translation>
    </message>
    <message>
        <source>Chưa phân bổ được: cần dân số của mọi đơn vị. %1</source>
        <translation>Cannot apportion yet: every unit needs a population. %1</translation>
    </message>
    <message>
        <source>Phân bổ chỉ tiêu</source>
        <translation>Apportion quotas</translation>
    </message>
    <message>
        <source>Chỉ tiêu các đơn vị đã khớp với mục tiêu: không có gì thay đổi.</source>
        <translation>The units&apos; quotas already match the goal: nothing changes.</translation>
    </message>
    <message>
        <source>Phân bổ chỉ tiêu từ mục tiêu</source>
        <translation>Apportion quotas from the goal</translation>
    </message>
    <message numerus="yes">
        <source>Chỉ tiêu của %n đơn vị sẽ thay đổi (chỉ tiêu nhập tay giữ nguyên):</source>
        <translation>
            <numerusform>The quota of %n unit will change (quotas typed by hand are kept):</numerusform>
            <numerusform>The quotas of %n units will change (quotas typed by hand are kept):</numerusform>
        </translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Chỉ tiêu cũ</source>
        <translation>Old quota</translation>
    </message>
    <message>
        <source>Chỉ tiêu mới</source>
        <translation>New quota</translation>
    </message>
    <message>
        <source>Cộng các dòng trên: %1 → %2. Mục tiêu của đợt: %3.</source>
        <translation>Rows above in total: %1 → %2. Campaign goal: %3.</translation>
    </message>
    <message>
        <source>Bỏ nhập tay</source>
        <translation>Not typed by hand</translation>
    </message>
    <message>
        <source>Nhập từ tệp…</source>
        <translation>Import from a file…</translation>
    </message>
    <message>
        <source>Thay bảng đơn vị bằng bảng trong tệp Excel hoặc CSV (TT, tên, loại, dân số, chỉ tiêu, tên khác); đơn vị trùng tên giữ nguyên số liệu đã nhập.</source>
        <translation>Replaces the units table with the table in an Excel or CSV file (No., name, kind, population, quota, other names); units of the same name keep what was entered for them.</translation>
    </message>
    <message>
        <source>Nhập bảng đơn vị từ tệp</source>
        <translation>Import the units table from a file</translation>
    </message>
    <message>
        <source>Nhập bảng đơn vị</source>
        <translation>Import the units table</translation>
    </message>
    <message>
        <source>Bảng tính (*.xlsx *.xlsm *.csv *.txt)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.csv *.txt)</translation>
    </message>
    <message>
        <source>Chưa nhập được bảng đơn vị, bảng không thay đổi:
• %1</source>
        <translation>The units table was not imported; the table is unchanged:
• %1</translation>
    </message>
</context>
<context>
    <name>signtally::charts::ChartView</name>
    <message>
        <source>Nhấp chuột phải để lưu biểu đồ (PNG, SVG) hoặc sao chép</source>
        <translation>Right-click to save the chart (PNG, SVG) or copy it</translation>
    </message>
    <message>
        <source>Không tạo được ảnh PNG.</source>
        <translation>Could not create the PNG image.</translation>
    </message>
    <message>
        <source>Chỉ lưu được tệp .png hoặc .svg: %1</source>
        <translation>Only .png or .svg files can be saved: %1</translation>
    </message>
    <message>
        <source>Không ghi được %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Lưu biểu đồ</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <source>Ảnh PNG (*.png);;Ảnh vector SVG (*.svg)</source>
        <translation>PNG image (*.png);;SVG vector image (*.svg)</translation>
    </message>
    <message>
        <source>Không lưu được biểu đồ</source>
        <translation>Could not save the chart</translation>
    </message>
    <message>
        <source>Lưu biểu đồ (PNG/SVG)…</source>
        <translation>Save chart (PNG/SVG)…</translation>
    </message>
    <message>
        <source>Sao chép ảnh biểu đồ</source>
        <translation>Copy chart image</translation>
    </message>
</context>
<context>
    <name>signtally::charts::DailyStackChart</name>
    <message>
        <source>%1, %2: %3 (cả ngày: %4)</source>
        <translation>%1, %2: %3 (whole day: %4)</translation>
    </message>
    <message>
        <source>%1 (chưa có số liệu)</source>
        <translation>%1 (no figures yet)</translation>
    </message>
</context>
<context>
    <name>signtally::charts::RankedBarsChart</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>signtally::charts::TimeLineChart</name>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
</TS>
