import type { EditionSeed } from "./types";

// Seed 002: Kế hoạch số 140/KH-UBND ngày 13/7/2023 (the plan's sections jump from II to IV; references keep its numbering).
// The plan gives no venue for the province-level sessions ("tại tỉnh Quảng Ngãi"), so they have none.
// Lead units: the plan makes Sở Thông tin và Truyền thông the executing body of the whole week (mục II.3, VI.3);
// coordinating units come from the tasks of mục VI, and each session's `source` says which.
// The plan names two directing bodies ("Mời Bộ Thông tin và Truyền thông; Ủy ban nhân dân tỉnh Quảng Ngãi");
// the model holds one, so the province, which issued the plan, is kept and the invited ministry is only noted here.

const sttt = "Sở Thông tin và Truyền thông";
const vinasa = "Hiệp hội Phần mềm và Dịch vụ Công nghệ thông tin Việt Nam";
const rmit = "Trường Đại học RMIT";
const snnptnt = "Sở Nông nghiệp và Phát triển nông thôn";
const svhttdl = "Sở Văn hóa, Thể thao và Du lịch";

export const edition2023: EditionSeed = {
  year: 2023,
  slug: "2023",
  name: "Tuần lễ Chuyển đổi số tỉnh Quảng Ngãi năm 2023",
  nameEn: "Quang Ngai Digital Transformation Week 2023",
  theme: "Dữ liệu số và Liên kết vùng trong chuyển đổi số",
  themeEn: "Digital data and regional linkage in digital transformation",
  startsOn: "2023-09-28",
  endsOn: "2023-10-02",
  status: "ARCHIVED",
  isCurrent: false,
  directingUnit: "Ủy ban nhân dân tỉnh Quảng Ngãi",
  leadUnit: sttt,
  coordinatingUnits: [
    // mục II.4 "Mời các đơn vị tham gia"
    vinasa,
    rmit,
    "Hiệp hội Doanh nghiệp tỉnh Quảng Ngãi",
    // mục VI: units with a "phối hợp" task
    "Văn phòng Ủy ban nhân dân tỉnh",
    svhttdl,
    snnptnt,
    "Ủy ban nhân dân thành phố Quảng Ngãi",
    "Ủy ban nhân dân huyện Mộ Đức",
    "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Quảng Ngãi",
    "Hội Tin học tỉnh Quảng Ngãi",
  ],
  // mục II.6: "hơn 400 lượt" at province level + about 100 at UBND thành phố Quảng Ngãi + about 100 at UBND huyện Mộ Đức.
  expectedAttendance: 600,
  venues: ["ubnd-huyen-mo-duc", "ubnd-thanh-pho-quang-ngai", "nha-van-hoa-lao-dong-tinh-quang-ngai"],
  sourceDocument:
    "Kế hoạch số 140/KH-UBND ngày 13/7/2023 của Ủy ban nhân dân tỉnh Quảng Ngãi tổ chức Tuần lễ Chuyển đổi số tỉnh Quảng Ngãi năm 2023 (seeds/002_e43328fcbc5cbdb4.txt)",
  sessions: [
    {
      slug: "hoi-thao-cds-nong-nghiep-mo-duc",
      type: "WORKSHOP",
      title: "Hội thảo chuyên đề “Chuyển đổi số ngành nông nghiệp”",
      titleEn: "Thematic workshop “Digital transformation of the agriculture sector”",
      content:
        "Hội thảo chuyên đề về chuyển đổi số ngành nông nghiệp, tổ chức trực tiếp tại Ủy ban nhân dân huyện Mộ Đức. UBND huyện Mộ Đức phối hợp Sở Thông tin và Truyền thông và các đơn vị liên quan tổ chức hội thảo theo Kế hoạch.",
      contentEn:
        "Thematic workshop on the digital transformation of agriculture, held in person at the Mo Duc District People's Committee, which co-organises it with the Department of Information and Communications.",
      participants:
        "Khoảng 100 đại biểu tham dự tại UBND huyện Mộ Đức. Kế hoạch không nêu thành phần riêng cho hội thảo này; thành phần chung của Tuần lễ gồm lãnh đạo các Bộ, ngành Trung ương (trong đó có Bộ Nông nghiệp và Phát triển nông thôn), các sở, ban, ngành, đoàn thể, hiệp hội, địa phương, doanh nghiệp, hợp tác xã trong các lĩnh vực liên quan.",
      startDate: "2023-09-28",
      startTime: "08:00",
      endTime: "11:30",
      timesProvisional: true,
      venue: "ubnd-huyen-mo-duc",
      leadUnit: sttt,
      coordinatingUnits: ["Ủy ban nhân dân huyện Mộ Đức", snnptnt],
      capacity: 100,
      registrationOpen: false,
      source:
        "KH 140/KH-UBND, mục IV.1.a (buổi sáng 28/9/2023, tại huyện Mộ Đức); số đại biểu: mục II.6; phối hợp: mục VI.10 (UBND huyện Mộ Đức) và VI.5 (Sở NN&PTNT phối hợp phiên chuyên đề nông nghiệp — Kế hoạch không nói rõ phiên 28/9 hay 29/9, nên ghi cho cả hai).",
    },
    {
      slug: "tham-van-chien-luoc-chuyen-doi-so",
      type: "OTHER",
      title:
        "Tham vấn Chiến lược phát triển chính quyền số, kinh tế số và xã hội số tỉnh Quảng Ngãi đến năm 2025, định hướng đến năm 2030; Kế hoạch thực hiện năm dữ liệu số, tạo lập và khai thác dữ liệu để tạo ra giá trị mới năm 2023 tỉnh Quảng Ngãi",
      titleEn:
        "Consultation on Quang Ngai's strategy for digital government, digital economy and digital society to 2025 with a vision to 2030, and on the province's 2023 Digital Data Year plan for creating and using data to generate new value",
      content:
        "Phiên tham vấn hai văn bản của tỉnh: Chiến lược phát triển chính quyền số, kinh tế số và xã hội số tỉnh Quảng Ngãi đến năm 2025, định hướng đến năm 2030; và Kế hoạch thực hiện năm dữ liệu số, tạo lập và khai thác dữ liệu để tạo ra giá trị mới năm 2023 tỉnh Quảng Ngãi.",
      contentEn:
        "Consultation session on two provincial documents: the strategy for digital government, digital economy and digital society to 2025 (vision 2030), and the 2023 Digital Data Year plan on creating and using data to generate new value.",
      participants:
        "Kế hoạch không nêu thành phần riêng; thuộc các hoạt động tại tỉnh Quảng Ngãi (hơn 400 lượt đại biểu cho các phiên cấp tỉnh).",
      startDate: "2023-09-28",
      startTime: "14:00",
      endTime: "17:00",
      timesProvisional: true,
      leadUnit: sttt,
      coordinatingUnits: [vinasa, rmit, "Các sở, ban, ngành liên quan"],
      registrationOpen: false,
      source:
        "KH 140/KH-UBND, mục IV.1.a (buổi chiều 28/9/2023). Địa điểm không nêu. Phối hợp theo nhiệm vụ chung của Sở TT&TT tại mục VI.3 (phối hợp Hiệp hội VINASA, Trường Đại học RMIT và các sở, ban, ngành, địa phương liên quan).",
    },
    {
      slug: "phien-toan-the",
      type: "CONFERENCE",
      title: "Phiên toàn thể với chủ đề “Dữ liệu số và Liên kết vùng trong chuyển đổi số”",
      titleEn: "Plenary session “Digital data and regional linkage in digital transformation”",
      content:
        "Phiên toàn thể của Tuần lễ với chủ đề “Dữ liệu số và Liên kết vùng trong chuyển đổi số”. Sở Thông tin và Truyền thông chủ trì, phối hợp với Hiệp hội VINASA, Trường Đại học RMIT tổ chức; chuẩn bị các báo cáo, tham luận của tỉnh Quảng Ngãi trình bày tại Phiên toàn thể. Hiệp hội VINASA giới thiệu chuyên gia, diễn giả báo cáo tham luận. Kế hoạch (mục VI.13) còn nhắc đến “phiên khai mạc Tuần lễ Chuyển đổi số” do VINASA phối hợp tổ chức nhưng không xếp lịch riêng cho phiên này.",
      contentEn:
        "Plenary session of the week on its theme. Organised by the Department of Information and Communications with VINASA and RMIT University; the province presents its reports and papers, and VINASA brings experts and speakers. The plan also mentions an opening session co-organised with VINASA without scheduling it separately.",
      participants:
        "Hơn 400 lượt đại biểu tham dự tại tỉnh Quảng Ngãi, gồm: lãnh đạo các Bộ, ngành Trung ương (Bộ Thông tin và Truyền thông; Bộ Văn hóa, Thể thao và Du lịch; Bộ Nông nghiệp và Phát triển nông thôn); lãnh đạo Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam, Đoàn ĐBQH tỉnh; các sở, ban, ngành, đoàn thể, hiệp hội, huyện, thị xã, thành phố, doanh nghiệp, hợp tác xã trong các lĩnh vực liên quan; các tỉnh, thành phố khu vực miền Trung - Tây Nguyên (dự kiến 15 tỉnh/thành phố): các sở Thông tin và Truyền thông, Nông nghiệp và Phát triển nông thôn, Văn hóa, Thể thao và Du lịch và các tổ chức, hiệp hội, hội liên quan; đại diện Trường Đại học RMIT; Hiệp hội VINASA; đại diện các doanh nghiệp công nghệ thông tin và chuyển đổi số; phóng viên báo đài địa phương và Trung ương thường trú.",
      participantsEn:
        "Over 400 attendances at province level: leaders of the Ministries of Information and Communications, of Culture, Sports and Tourism and of Agriculture and Rural Development; provincial Party Committee, People's Council, People's Committee, Fatherland Front and National Assembly delegation; provincial departments, unions, associations, districts, enterprises and cooperatives; departments and associations of about 15 Central and Central Highlands provinces; RMIT University; VINASA; IT and digital-transformation enterprises; local and national press.",
      startDate: "2023-09-29",
      startTime: "08:00",
      endTime: "11:30",
      timesProvisional: true,
      leadUnit: sttt,
      coordinatingUnits: [vinasa, rmit],
      capacity: 500,
      registrationOpen: false,
      source:
        "KH 140/KH-UBND, mục IV.1.b (buổi sáng 29/9/2023); thành phần: mục II.6; tổ chức: mục VI.3 (chủ trì, phối hợp VINASA, RMIT tổ chức Phiên toàn thể sáng 29/9) và VI.13. Địa điểm không nêu.",
    },
    {
      slug: "hoi-thao-cds-nong-nghiep",
      type: "WORKSHOP",
      title: "Hội thảo chuyển đổi số ngành nông nghiệp",
      titleEn: "Workshop on digital transformation of the agriculture sector",
      content:
        "Một trong 02 chuyên đề song song chiều 29/9/2023. Sở Nông nghiệp và Phát triển nông thôn phối hợp Sở Thông tin và Truyền thông, Hiệp hội VINASA tổ chức phiên chuyên đề; liên hệ mời lãnh đạo Bộ, các Cục, Vụ của Bộ Nông nghiệp và Phát triển nông thôn tham gia hội thảo và lập danh sách khách mời.",
      contentEn:
        "One of two parallel thematic sessions on the afternoon of 29/9/2023, co-organised by the Department of Agriculture and Rural Development with the Department of Information and Communications and VINASA; the plan invites the Ministry of Agriculture and Rural Development and its agencies.",
      participants:
        "Lãnh đạo Bộ, các Cục, Vụ của Bộ Nông nghiệp và Phát triển nông thôn; các tổ chức, đơn vị, cá nhân do Sở Nông nghiệp và Phát triển nông thôn lập danh sách mời; các sở Nông nghiệp và Phát triển nông thôn khu vực miền Trung - Tây Nguyên; doanh nghiệp, hợp tác xã trong lĩnh vực liên quan.",
      startDate: "2023-09-29",
      startTime: "14:00",
      endTime: "17:00",
      timesProvisional: true,
      leadUnit: sttt,
      coordinatingUnits: [snnptnt, vinasa, rmit],
      capacity: 150,
      registrationOpen: false,
      source:
        "KH 140/KH-UBND, mục IV.1.b (buổi chiều 29/9/2023, chuyên đề song song (1)); tổ chức: mục VI.5 (Sở NN&PTNT, VINASA) và VI.3 (Sở TT&TT chủ trì, phối hợp VINASA, RMIT tổ chức các Hội thảo chuyên đề chiều 29/9). Địa điểm không nêu.",
    },
    {
      slug: "hoi-thao-cds-du-lich",
      type: "WORKSHOP",
      title: "Hội thảo chuyển đổi số ngành du lịch",
      titleEn: "Workshop on digital transformation of the tourism sector",
      content:
        "Một trong 02 chuyên đề song song chiều 29/9/2023. Sở Văn hóa, Thể thao và Du lịch phối hợp Sở Thông tin và Truyền thông, Hiệp hội VINASA tổ chức phiên chuyên đề; liên hệ mời lãnh đạo Bộ, các Cục, Vụ của Bộ Văn hóa, Thể thao và Du lịch tham gia hội thảo và lập danh sách khách mời.",
      contentEn:
        "One of two parallel thematic sessions on the afternoon of 29/9/2023, co-organised by the Department of Culture, Sports and Tourism with the Department of Information and Communications and VINASA; the plan invites the Ministry of Culture, Sports and Tourism and its agencies.",
      participants:
        "Lãnh đạo Bộ, các Cục, Vụ của Bộ Văn hóa, Thể thao và Du lịch; các tổ chức, đơn vị, cá nhân do Sở Văn hóa, Thể thao và Du lịch lập danh sách mời; các sở Văn hóa, Thể thao và Du lịch khu vực miền Trung - Tây Nguyên; doanh nghiệp trong lĩnh vực liên quan.",
      startDate: "2023-09-29",
      startTime: "14:00",
      endTime: "17:00",
      timesProvisional: true,
      leadUnit: sttt,
      coordinatingUnits: [svhttdl, vinasa, rmit],
      capacity: 150,
      registrationOpen: false,
      source:
        "KH 140/KH-UBND, mục IV.1.b (buổi chiều 29/9/2023, chuyên đề song song (2)); tổ chức: mục VI.4 (Sở VH-TT&DL, VINASA) và VI.3. Địa điểm không nêu.",
    },
    {
      slug: "hoi-thao-nang-cao-nang-luc-so",
      type: "WORKSHOP",
      title:
        "Hội thảo chuyên đề “Nâng cao năng lực số của chính quyền địa phương, doanh nghiệp và người dân - Hướng đến một quốc gia số toàn diện”",
      titleEn:
        "Thematic workshop “Raising the digital capacity of local government, businesses and citizens – Towards a comprehensive digital nation”",
      content:
        "Hội thảo chuyên đề tổ chức trực tiếp tại Ủy ban nhân dân thành phố Quảng Ngãi. Trường Đại học RMIT cử chuyên gia tham gia báo cáo tham luận; UBND thành phố Quảng Ngãi phối hợp Sở Thông tin và Truyền thông và các đơn vị liên quan tổ chức.",
      contentEn:
        "Thematic workshop held in person at the Quang Ngai City People's Committee, with papers by experts from RMIT University; co-organised by the city with the Department of Information and Communications.",
      participants:
        "Khoảng 100 đại biểu tham dự tại UBND thành phố Quảng Ngãi; chuyên gia Trường Đại học RMIT báo cáo tham luận.",
      startDate: "2023-09-29",
      startTime: "14:00",
      endTime: "17:00",
      timesProvisional: true,
      venue: "ubnd-thanh-pho-quang-ngai",
      leadUnit: sttt,
      coordinatingUnits: ["Ủy ban nhân dân thành phố Quảng Ngãi", rmit, vinasa],
      capacity: 100,
      registrationOpen: false,
      source:
        "KH 140/KH-UBND, mục IV.1.b (buổi chiều 29/9/2023, tại thành phố Quảng Ngãi); số đại biểu: mục II.6; tổ chức: mục VI.10 (UBND thành phố Quảng Ngãi), VI.14 (RMIT cử chuyên gia) và VI.3 (VINASA, các Hội thảo chuyên đề chiều 29/9).",
    },
    {
      slug: "tu-van-ket-noi-song-phuong",
      type: "OTHER",
      title:
        "Tư vấn và kết nối song phương trực tiếp tại các sở, ban ngành của tỉnh Quảng Ngãi với các chuyên gia và doanh nghiệp để tư vấn và triển khai kế hoạch chuyển đổi số",
      titleEn:
        "Bilateral consulting and matchmaking between Quang Ngai's departments and experts and enterprises on digital transformation plans",
      content:
        "Tư vấn và kết nối song phương trực tiếp tại các sở, ban ngành của tỉnh Quảng Ngãi với các chuyên gia và doanh nghiệp để tư vấn và triển khai kế hoạch chuyển đổi số. Các ngành dự kiến: Du lịch, Nông nghiệp, sản xuất logistic và các sở, ban ngành trong tỉnh.",
      contentEn:
        "Bilateral consulting held at the provincial departments, matching them with experts and enterprises to advise on and implement their digital transformation plans. Sectors planned: tourism, agriculture, production and logistics, and other departments.",
      participants:
        "Các sở, ban ngành của tỉnh (dự kiến: Du lịch, Nông nghiệp, sản xuất logistic và các sở, ban ngành khác); các chuyên gia và doanh nghiệp.",
      startDate: "2023-09-30",
      startTime: "08:00",
      endTime: "11:30",
      timesProvisional: true,
      leadUnit: sttt,
      coordinatingUnits: [vinasa, svhttdl, snnptnt, "Các sở, ban, ngành liên quan"],
      registrationOpen: false,
      source:
        "KH 140/KH-UBND, mục IV.1.c (buổi sáng 30/9/2023), tại các sở, ban ngành (không có một địa điểm chung). Phối hợp: VINASA tập hợp doanh nghiệp, giới thiệu chuyên gia (mục VI.13); Sở VH-TT&DL và Sở NN&PTNT suy ra từ các ngành du lịch, nông nghiệp được nêu.",
    },
    {
      slug: "khao-sat-diem-du-lich",
      type: "SITE_VISIT",
      title: "Khảo sát thực tế một số điểm du lịch trên địa bàn tỉnh Quảng Ngãi",
      titleEn: "Field survey of tourist sites in Quang Ngai province",
      content: "Khảo sát thực tế một số điểm du lịch trên địa bàn tỉnh Quảng Ngãi. Kế hoạch không nêu cụ thể các điểm khảo sát.",
      contentEn: "Field survey of selected tourist sites in the province; the plan does not name the sites.",
      participants: "Kế hoạch không nêu thành phần.",
      startDate: "2023-09-30",
      startTime: "14:00",
      endTime: "17:00",
      timesProvisional: true,
      leadUnit: sttt,
      coordinatingUnits: [svhttdl],
      registrationOpen: false,
      source:
        "KH 140/KH-UBND, mục IV.1.c (buổi chiều 30/9/2023). Địa điểm không nêu. Sở VH-TT&DL ghi là đơn vị phối hợp do suy ra từ lĩnh vực du lịch và nhiệm vụ phối hợp tiếp đón khách mời (mục VI.4).",
    },
    {
      slug: "cuoc-thi-video-to-cong-nghe-so-cong-dong",
      type: "CONTEST",
      title: "Công diễn, tổng kết Cuộc thi video clip Tổ công nghệ số cộng đồng lần thứ I năm 2023",
      titleEn: "Screening, review and awards of the 1st Community Digital Technology Team video clip contest 2023",
      content:
        "Công diễn, tổng kết, trao giải thưởng Cuộc thi video clip Tổ công nghệ số cộng đồng lần thứ I năm 2023. Chủ đề: “Câu chuyện về Tổ công nghệ số cộng đồng”. Hình thức: thi video clip; bài dự thi đăng trên fanpage Sở Thông tin và Truyền thông và được chia sẻ đến nhiều facebook cá nhân. Buổi công diễn đồng thời livestream trên Fanpage Sở Thông tin và Truyền thông, Fanpage Tỉnh đoàn. Sở Thông tin và Truyền thông ban hành Kế hoạch chi tiết để triển khai thực hiện.",
      contentEn:
        "Screening, review and award ceremony of the 1st video clip contest about the Community Digital Technology Teams, on the theme “The story of the Community Digital Technology Team”. Entries are posted on the Department of Information and Communications' fanpage; the ceremony is streamed live on the fanpages of the Department and of the Provincial Youth Union.",
      participants: "Kế hoạch không nêu thành phần; buổi công diễn được livestream công khai.",
      startDate: "2023-10-02",
      startTime: "19:30",
      endTime: "21:30",
      timesProvisional: false,
      venue: "nha-van-hoa-lao-dong-tinh-quang-ngai",
      leadUnit: sttt,
      coordinatingUnits: ["Tỉnh đoàn Quảng Ngãi"],
      registrationOpen: false,
      source:
        "KH 140/KH-UBND, mục IV.1.d (19h30 ngày 02/10/2023, Nhà Văn hóa Lao động tỉnh) và IV.2.b. Giờ bắt đầu theo Kế hoạch; giờ kết thúc 21:30 do chúng tôi ước định. Tỉnh đoàn ghi là đơn vị phối hợp vì buổi công diễn livestream trên Fanpage Tỉnh đoàn; Kế hoạch không giao nhiệm vụ cụ thể.",
    },
    {
      slug: "trien-lam-cong-nghe-so",
      type: "EXHIBITION",
      title: "Triển lãm sản phẩm nền tảng, giải pháp công nghệ số tiêu biểu",
      titleEn: "Exhibition of outstanding digital platforms and solutions",
      content:
        "Hoạt động bên lề: triển lãm sản phẩm nền tảng, giải pháp công nghệ số tiêu biểu, dự kiến khoảng 15 - 20 gian hàng. Hiệp hội VINASA vận động doanh nghiệp tài trợ, thực hiện trưng bày, triển lãm và tham dự sự kiện.",
      contentEn:
        "Side event: exhibition of outstanding digital platforms and solutions, about 15–20 booths planned; VINASA is asked to mobilise enterprises to sponsor and exhibit.",
      participants: "Các doanh nghiệp công nghệ thông tin và chuyển đổi số trưng bày (khoảng 15 - 20 gian hàng); đại biểu dự Tuần lễ.",
      startDate: "2023-09-28",
      startTime: "08:00",
      endDate: "2023-10-02",
      endTime: "17:00",
      timesProvisional: true,
      leadUnit: sttt,
      coordinatingUnits: [vinasa],
      registrationOpen: false,
      source:
        "KH 140/KH-UBND, mục IV.3 (Các hoạt động bên lề khác) và VI.13. Kế hoạch không nêu ngày, giờ, địa điểm của triển lãm: tạm ghi cả thời gian của Tuần lễ (28/9–02/10/2023), cần xác nhận.",
    },
    {
      slug: "truyen-thong-tuan-le",
      type: "COMMUNICATIONS",
      title:
        "Các hoạt động truyền thông, hưởng ứng Ngày Chuyển đổi số quốc gia và Tuần lễ chuyển đổi số tỉnh Quảng Ngãi năm 2023",
      titleEn:
        "Communications activities for National Digital Transformation Day and the Quang Ngai Digital Transformation Week 2023",
      content:
        "a) Truyền thông chuyển đổi số trên các nền tảng số: vận động cán bộ, công chức, viên chức và người dân tham gia kênh truyền thông “Chuyển đổi số quốc gia”; truyền thông trên Chuyên trang Chuyển đổi số tỉnh Quảng Ngãi (https://chuyendoiso.quangngai.gov.vn), Chuyên mục Chuyển đổi số trên Cổng thông tin điện tử tỉnh và các nền tảng số khác; xây dựng video clip, phóng sự, poster về chuyển đổi số tỉnh Quảng Ngãi đăng trên các màn hình Led, các trang mạng xã hội của Sở Thông tin và Truyền thông và đồng loạt trên các trang của các cơ quan, đơn vị, địa phương. b) Truyền thông qua hoạt động thực tiễn của Tổ công nghệ số cộng đồng của các địa phương, gắn với Cuộc thi video clip Tổ công nghệ số cộng đồng. c) Chia sẻ bài toán, sáng kiến, cách làm về chuyển đổi số: Cẩm nang chuyển đổi số (https://dx.mic.gov.vn), bài học kinh nghiệm (https://t63.mic.gov.vn), danh sách bài toán chuyển đổi số (https://c63.mic.gov.vn); cơ quan nhà nước chủ động phát hiện, tuyên truyền, nhân rộng mô hình điển hình. Các cơ quan báo chí trên địa bàn tỉnh và các doanh nghiệp bưu chính, viễn thông, công nghệ thông tin lan tỏa thông điệp của Tuần lễ; Văn phòng UBND tỉnh tuyên truyền trên Cổng thông tin điện tử tỉnh và mạng xã hội của UBND tỉnh.",
      contentEn:
        "Campaign on digital platforms (the national “Chuyển đổi số quốc gia” channel, the provincial digital transformation site, the provincial portal, LED screens and social media), through the work of the Community Digital Technology Teams, and by sharing digital transformation problems, initiatives and practices; press agencies, postal, telecom and IT enterprises and the Office of the Provincial People's Committee relay the week's message.",
      participants:
        "Cán bộ, công chức, viên chức, người lao động và người dân; các cơ quan, đơn vị, địa phương; Tổ công nghệ số cộng đồng; các cơ quan báo chí; các doanh nghiệp bưu chính, viễn thông, công nghệ thông tin.",
      startDate: "2023-09-28",
      startTime: "08:00",
      endDate: "2023-10-02",
      endTime: "17:00",
      timesProvisional: true,
      leadUnit: sttt,
      coordinatingUnits: [
        "Văn phòng Ủy ban nhân dân tỉnh",
        "Các cơ quan báo chí trên địa bàn tỉnh",
        "Các sở, ban, ngành liên quan",
        "Ủy ban nhân dân các huyện, thị xã, thành phố",
        "Các doanh nghiệp bưu chính, viễn thông, công nghệ thông tin",
      ],
      registrationOpen: false,
      source:
        "KH 140/KH-UBND, mục IV.2.a–c; phối hợp: mục VI.2 (Văn phòng UBND tỉnh), VI.8 (các cơ quan báo chí), VI.9 (các sở, ban, ngành, hội, đoàn thể), VI.10 (UBND các huyện, thị xã, thành phố), VI.12 (doanh nghiệp bưu chính, viễn thông, CNTT). Kế hoạch không nêu thời gian của chiến dịch: tạm ghi thời gian của Tuần lễ, cần xác nhận.",
    },
  ],
};
