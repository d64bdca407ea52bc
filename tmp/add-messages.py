import json
V = {
 "delegationErrors": {
  "membersTooFew": "Một đoàn cần ít nhất {min} thành viên.",
  "membersTooMany": "Một đoàn có tối đa {max} thành viên; đoàn đông hơn xin chia thành nhiều lần đăng ký.",
  "modeRequired": "Vui lòng chọn cách xếp chỗ cho đoàn.",
  "informedRequired": "Ông/Bà cần xác nhận đã thông báo cho từng thành viên về việc đăng ký và về thông báo xử lý dữ liệu cá nhân.",
  "duplicateInDelegation": "Địa chỉ e-mail này đã có ở một thành viên khác của đoàn; mỗi thành viên cần một địa chỉ riêng.",
  "alreadyRegistered": "Địa chỉ e-mail này đã được đăng ký tham dự kỳ này; thành viên đó không cần đăng ký lại.",
  "sessionShort": "Hoạt động “{session}” chỉ còn {left} chỗ, không đủ cho {members} thành viên của đoàn. Chưa thành viên nào được đăng ký."
 },
 "delegation": {
  "metaTitle": "Đăng ký theo đoàn",
  "title": "Đăng ký theo đoàn",
  "intro": "Dành cho cơ quan, đơn vị đăng ký nhiều người cùng lúc tham dự {edition}. Mỗi thành viên nhận vé, e-mail xác nhận và đường dẫn quản lý riêng; người đăng ký nhận một đường dẫn để theo dõi cả đoàn.",
  "registrantTitle": "Người đăng ký",
  "registrantName": "Họ và tên người đăng ký",
  "registrantEmail": "E-mail người đăng ký",
  "registrantEmailHint": "Đường dẫn quản lý đoàn được gửi đến địa chỉ này.",
  "registrantPhone": "Điện thoại người đăng ký",
  "organizationTitle": "Cơ quan, đơn vị",
  "membersTitle": "Thành viên của đoàn",
  "membersHint": "Từ {min} đến {max} người. Mỗi thành viên cần một địa chỉ e-mail riêng để nhận vé.",
  "memberLegend": "Thành viên {number}",
  "addMember": "Thêm thành viên",
  "removeMember": "Bỏ thành viên {number}",
  "modeTitle": "Xếp chỗ",
  "modeAll": "Cả đoàn hoặc không ai: chỉ đăng ký khi mọi hoạt động đã chọn còn đủ chỗ cho tất cả thành viên.",
  "modeEach": "Từng người: mỗi thành viên được xếp chỗ riêng; ai không còn chỗ vào danh sách chờ.",
  "informed": "Tôi xác nhận đã thông báo cho từng thành viên về việc đăng ký này và về thông báo xử lý dữ liệu cá nhân dưới đây, và được họ đồng ý.",
  "submit": "Đăng ký cả đoàn",
  "submitting": "Đang đăng ký…",
  "linkQuestion": "Đăng ký cho nhiều người của một cơ quan?",
  "linkAction": "Đăng ký theo đoàn",
  "manageTitle": "Đoàn của {organization}",
  "manageRegistered": "Đoàn đã được đăng ký. Mỗi thành viên nhận e-mail xác nhận kèm vé của mình; đường dẫn trang này đã được gửi đến e-mail của Ông/Bà.",
  "manageIntro": "Người đăng ký: {name}. Trang này liệt kê các thành viên và tình trạng chỗ của từng người.",
  "memberCode": "Mã đăng ký",
  "memberCancelled": "Đã hủy đăng ký",
  "memberErased": "Dữ liệu đã được xóa theo yêu cầu",
  "seatConfirmed": "Đã có chỗ",
  "seatWaitlisted": "Danh sách chờ, vị trí số {position}",
  "cancelMember": "Hủy đăng ký của {name}",
  "cancelling": "Đang hủy…",
  "cancelConfirm": "Hủy đăng ký của thành viên này? Chỗ của họ được nhường cho người trong danh sách chờ.",
  "cancelled": "Đã hủy đăng ký của thành viên.",
  "notFoundTitle": "Không tìm thấy đoàn",
  "notFoundText": "Đường dẫn không đúng hoặc đoàn không còn dữ liệu."
 },
 "delegationMail": {
  "subject": "Đăng ký đoàn {organization} – {edition}",
  "greeting": "Kính gửi Ông/Bà {name},",
  "intro": "Ban Tổ chức đã nhận đăng ký đoàn {organization} gồm {count} thành viên tham dự {edition}. Mỗi thành viên nhận e-mail xác nhận kèm vé của mình.",
  "linkNote": "Tại đường dẫn dưới đây, Ông/Bà xem tình trạng chỗ của từng thành viên và có thể hủy đăng ký của một thành viên. Xin giữ riêng đường dẫn này.",
  "closing": "Trân trọng,",
  "signature": "Ban Tổ chức"
 },
 "registrationMailDelegation": {
  "registeredBy": "Ông/Bà được {name} ({organization}) đăng ký tham dự trong đoàn của đơn vị.",
  "privacy": "Ban Tổ chức xử lý họ tên, chức vụ, đơn vị, e-mail và số điện thoại của Ông/Bà chỉ để tổ chức sự kiện, theo thông báo xử lý dữ liệu cá nhân đăng trên trang đăng ký.",
  "withdraw": "Nếu Ông/Bà không muốn tham dự hoặc không đồng ý việc xử lý dữ liệu, xin mở đường dẫn sau để rút đăng ký và xóa dữ liệu:"
 }
}
E = {
 "delegationErrors": {
  "membersTooFew": "A delegation needs at least {min} members.",
  "membersTooMany": "A delegation has at most {max} members; please split a larger one into several registrations.",
  "modeRequired": "Please choose how seats are given to the delegation.",
  "informedRequired": "Please confirm that you informed each member of this registration and of the personal data notice.",
  "duplicateInDelegation": "This e-mail address is already on another member of the delegation; each member needs their own address.",
  "alreadyRegistered": "This e-mail address is already registered for this edition; this member need not register again.",
  "sessionShort": "“{session}” has only {left} seats left, not enough for the delegation's {members} members. No member has been registered."
 },
 "delegation": {
  "metaTitle": "Register a delegation",
  "title": "Register a delegation",
  "intro": "For an organisation registering several people at once for {edition}. Each member receives their own ticket, confirmation e-mail and manage link; the registrant receives one link to follow the whole delegation.",
  "registrantTitle": "Registrant",
  "registrantName": "Registrant's full name",
  "registrantEmail": "Registrant's e-mail",
  "registrantEmailHint": "The delegation's manage link is sent to this address.",
  "registrantPhone": "Registrant's phone",
  "organizationTitle": "Organisation",
  "membersTitle": "Members of the delegation",
  "membersHint": "From {min} to {max} people. Each member needs their own e-mail address to receive their ticket.",
  "memberLegend": "Member {number}",
  "addMember": "Add a member",
  "removeMember": "Remove member {number}",
  "modeTitle": "Seats",
  "modeAll": "All or nothing: register only if every chosen session has seats for all members.",
  "modeEach": "Per person: each member gets a seat on their own; those without one join the waiting list.",
  "informed": "I confirm that I informed each member of this registration and of the personal data notice below, and that they agreed.",
  "submit": "Register the delegation",
  "submitting": "Registering…",
  "linkQuestion": "Registering several people of one organisation?",
  "linkAction": "Register a delegation",
  "manageTitle": "Delegation of {organization}",
  "manageRegistered": "The delegation is registered. Each member receives a confirmation e-mail with their ticket; the link to this page has been sent to your e-mail.",
  "manageIntro": "Registrant: {name}. This page lists the members and the seat status of each.",
  "memberCode": "Registration code",
  "memberCancelled": "Registration cancelled",
  "memberErased": "Data erased on request",
  "seatConfirmed": "Seat confirmed",
  "seatWaitlisted": "Waiting list, position {position}",
  "cancelMember": "Cancel the registration of {name}",
  "cancelling": "Cancelling…",
  "cancelConfirm": "Cancel this member's registration? Their seat goes to the waiting list.",
  "cancelled": "The member's registration is cancelled.",
  "notFoundTitle": "Delegation not found",
  "notFoundText": "The link is wrong or the delegation holds no data any more."
 },
 "delegationMail": {
  "subject": "Delegation of {organization} – {edition}",
  "greeting": "Dear {name},",
  "intro": "The organisers have received the registration of the delegation of {organization}, {count} members, for {edition}. Each member receives a confirmation e-mail with their ticket.",
  "linkNote": "At the link below you can see the seat status of each member and cancel a member's registration. Please keep this link to yourself.",
  "closing": "Yours sincerely,",
  "signature": "The Organising Committee"
 },
 "registrationMailDelegation": {
  "registeredBy": "You were registered by {name} ({organization}) as a member of your organisation's delegation.",
  "privacy": "The organisers process your name, position, organisation, e-mail and phone only to run the event, under the personal data notice published on the registration page.",
  "withdraw": "If you do not wish to attend, or do not agree to this processing, open this link to withdraw your registration and erase your data:"
 }
}
for lang, add in (("vi", V), ("en", E)):
    p = f"lib/i18n/messages/{lang}.json"
    data = json.load(open(p))
    for k, v in add.items():
        data[k] = v
    data["adminMailKinds"]["delegation.confirmation"] = "Xác nhận đăng ký đoàn" if lang == "vi" else "Delegation confirmation"
    open(p, "w").write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
