import type { EditionSeed } from "./types";

// Seed 000: the province's plan for the 2025 week, dated "tháng 8 năm 2025" with its number left blank.
// The plan gives only "sáng"/"chiều" for the sessions: the hours below are ours (timesProvisional) and
// keep the afternoon of 25/9 in plan order (opening, then round-table). The plan gives no capacities
// either; those of the registrable sessions are ours, sized on "hơn 800 lượt đại biểu" (mục II.5).
// Unit names follow units.ts; where the plan abbreviates ("UBND xã Măng Đen", "Cục Chuyển đổi số Quốc gia",
// "doanh nghiệp khoa học công nghệ") the full or official name is used.

const skhcn = "Sở Khoa học và Công nghệ";
const vpubnd = "Văn phòng Ủy ban nhân dân tỉnh";
const relatedDepartments = "Các sở, ban, ngành liên quan";
const localities = "Các địa phương trong tỉnh";
const mainVenue = "trung-tam-hoi-nghi-trien-lam-quang-ngai";
const mainTheme =
  "Hội tụ nguồn lực Khoa học, Công nghệ, Đổi mới sáng tạo và Chuyển đổi số - Vì một Quảng Ngãi phát triển nhanh và bền vững";
const mainThemeEn =
  "Converging the resources of science, technology, innovation and digital transformation – for a fast-growing and sustainable Quang Ngai";

export const edition2025: EditionSeed = {
  year: 2025,
  slug: "2025",
  name: "Tuần lễ Đổi mới sáng tạo và Chuyển đổi số tỉnh Quảng Ngãi năm 2025",
  nameEn: "Quang Ngai Innovation and Digital Transformation Week 2025",
  theme: mainTheme,
  themeEn: mainThemeEn,
  // mục II.2: "Dự kiến 19-26/9/2025".
  startsOn: "2025-09-19",
  endsOn: "2025-09-26",
  status: "PUBLISHED",
  isCurrent: true,
  directingUnit: "Ủy ban nhân dân tỉnh Quảng Ngãi",
  leadUnit: skhcn,
  // mục II.4, in the plan's order.
  coordinatingUnits: [
    vpubnd,
    "Sở Văn hóa, Thể thao và Du lịch",
    "Sở Nông nghiệp và Môi trường",
    "Sở Công Thương",
    "Tỉnh đoàn Quảng Ngãi",
    localities,
  ],
  // mục II.5: "Dự kiến khoảng hơn 800 lượt đại biểu tham dự tại tỉnh Quảng Ngãi".
  expectedAttendance: 800,
  venues: [mainVenue, "xa-mang-den"],
  sourceDocument:
    "Kế hoạch số …/KH-UBND (số chưa điền trong văn bản) tháng 8 năm 2025 của Ủy ban nhân dân tỉnh Quảng Ngãi tổ chức Tuần lễ Đổi mới sáng tạo và Chuyển đổi số tỉnh Quảng Ngãi năm 2025, thay thế Kế hoạch số 139/KH-UBND ngày 20/6/2025 (seeds/000_2e2e465b0dee7ab8.txt)",
  sessions: [
    {
      slug: "hoi-thao-chuyen-doi-so-du-lich",
      type: "WORKSHOP",
      title: "Hội thảo “Ứng dụng các giải pháp chuyển đổi số phát triển du lịch tỉnh Quảng Ngãi”",
      titleEn: "Workshop “Applying digital transformation solutions to develop tourism in Quang Ngai”",
      content:
        "Liên kết du lịch số vùng, giải pháp phát triển du lịch thông minh thông qua việc ứng dụng bản đồ số, công nghệ VR/AR, AI chatbot du lịch, nền tảng quảng bá số, website du lịch tương tác; số hóa sản phẩm địa phương, bán tour online, kể chuyện bằng công nghệ, thu hút du khách qua nền tảng mạng xã hội.\nUBND xã Măng Đen chia sẻ thực trạng ứng dụng các giải pháp chuyển đổi số trong phát triển du lịch tại Măng Đen.",
      contentEn:
        "Regional digital tourism links and smart-tourism solutions using digital maps, VR/AR, AI tourism chatbots, digital promotion platforms and interactive tourism websites; digitising local products, selling tours online, storytelling with technology and attracting visitors through social networks.\nThe Mang Den Commune People's Committee shares how digital solutions are used for tourism in Mang Den today.",
      participants:
        "Lãnh đạo UBND tỉnh; các sở, ban, ngành, đoàn thể, hiệp hội liên quan; các địa phương trong tỉnh.\nCác doanh nghiệp, đơn vị cung cấp nền tảng/giải pháp du lịch số (nền tảng đặt phòng, thanh toán điện tử; công nghệ thực tế ảo (VR/AR) giới thiệu điểm đến; ứng dụng bản đồ số, chatbot hỗ trợ du khách),…",
      participantsEn:
        "Leaders of the Provincial People's Committee; relevant departments, unions and associations; localities of the province.\nEnterprises and organisations providing digital tourism platforms and solutions (booking and e-payment platforms; VR/AR destination showcases; digital maps and visitor chatbots), among others.",
      startDate: "2025-09-19",
      startTime: "08:00",
      endTime: "11:30",
      timesProvisional: true,
      venue: "xa-mang-den",
      leadUnit: skhcn,
      coordinatingUnits: ["Sở Văn hóa, Thể thao và Du lịch", "Sở Nông nghiệp và Môi trường", "Ủy ban nhân dân xã Măng Đen"],
      capacity: 150,
      registrationOpen: true,
      source:
        "Kế hoạch 2025, mục III.1 (sáng 19/9/2025, địa điểm dự kiến xã Măng Đen); nhiệm vụ: mục V.3 (Sở VH-TT&DL), V.4 (UBND xã Măng Đen bố trí địa điểm, chia sẻ thực trạng). Văn bản ghi “Các Các doanh nghiệp” (lỗi gõ). Sức chứa do chúng tôi ước định.",
    },
    {
      slug: "le-khai-mac",
      type: "OPENING_CEREMONY",
      title: "Lễ khai mạc",
      titleEn: "Opening ceremony",
      content:
        "- Đón tiếp đại biểu, tuyên bố lý do, giới thiệu đại biểu;\n- Trình chiếu video tổng quan về ĐMST và CĐS của tỉnh;\n- Phát biểu khai mạc của lãnh đạo UBND tỉnh;\n- Phát biểu chào mừng của đại diện lãnh đạo Bộ KH&CN;\n- Tham quan các gian hàng triển lãm.",
      contentEn:
        "- Welcome of delegates, statement of purpose, introduction of delegates;\n- Video overview of innovation and digital transformation in the province;\n- Opening speech by the leaders of the Provincial People's Committee;\n- Welcome speech by a representative of the Ministry of Science and Technology;\n- Visit of the exhibition booths.",
      participants:
        "- Lãnh đạo các Bộ, ngành Trung ương, Lãnh đạo Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam, Đoàn ĐBQH tỉnh; các sở, ban, ngành, các địa phương, hội đoàn thể, hiệp hội, doanh nghiệp, hợp tác xã trong các lĩnh vực liên quan.\n- Các tỉnh, thành phố khu vực miền Trung - Tây Nguyên.\n- Các tổ chức hỗ trợ ĐMST, CĐS, các chuyên gia, nhà khoa học.\n- Doanh nghiệp, hợp tác xã trong các lĩnh vực liên quan.\n- Đoàn viên thanh niên.",
      participantsEn:
        "- Leaders of central ministries and agencies; leaders of the Provincial Party Committee, People's Council, People's Committee, Vietnam Fatherland Front Committee and National Assembly delegation; provincial departments, localities, unions, associations, enterprises and cooperatives in the relevant fields.\n- Provinces and cities of the Central and Central Highlands region.\n- Innovation and digital-transformation support organisations, experts and scientists.\n- Enterprises and cooperatives in the relevant fields.\n- Youth union members.",
      startDate: "2025-09-25",
      startTime: "14:00",
      endTime: "15:30",
      timesProvisional: true,
      venue: mainVenue,
      leadUnit: skhcn,
      coordinatingUnits: [relatedDepartments],
      capacity: 850,
      // The hall seats 1,000: 150 are held for the leaders and guests UBND tỉnh invites (our estimate).
      invitedCapacity: 150,
      registrationOpen: true,
      source: "Kế hoạch 2025, mục III.2.1 (chiều 25/9/2025, Trung tâm Hội nghị và Triển lãm tỉnh Quảng Ngãi).",
    },
    {
      slug: "trien-lam-cong-nghe-so",
      type: "EXHIBITION",
      title: "Triển lãm công nghệ số và sản phẩm đổi mới sáng tạo",
      titleEn: "Exhibition of digital technology and innovation products",
      content:
        "- Trưng bày sản phẩm khởi nghiệp sáng tạo, sản phẩm từ kết quả các nhiệm vụ khoa học và công nghệ, sản phẩm doanh nghiệp khoa học và công nghệ trong tỉnh và mời một số tỉnh lân cận.\n- Trưng bày sản phẩm của các doanh nghiệp cung cấp dịch vụ số của tỉnh; mời một số doanh nghiệp có giải pháp số trong lĩnh vực du lịch, nông nghiệp ngoài tỉnh.",
      contentEn:
        "- Products of innovative start-ups, results of science and technology projects and products of science and technology enterprises of the province, with some neighbouring provinces invited.\n- Products of the province's digital-service enterprises, with some enterprises from outside the province invited to show digital solutions for tourism and agriculture.",
      participants:
        "Kế hoạch không nêu thành phần riêng. Trưng bày: doanh nghiệp công nghệ số trong và ngoài tỉnh, doanh nghiệp khoa học và công nghệ, doanh nghiệp khởi nghiệp sáng tạo, các chủ thể OCOP. Đại biểu dự Lễ khai mạc tham quan các gian hàng; triển lãm mở cửa cho khách tham quan.",
      participantsEn:
        "The plan names no participants of its own. Exhibitors: digital technology enterprises from inside and outside the province, science and technology enterprises, innovative start-ups and OCOP producers. Delegates of the opening ceremony visit the booths; the exhibition is open to visitors.",
      startDate: "2025-09-25",
      startTime: "08:00",
      endDate: "2025-09-26",
      endTime: "17:00",
      timesProvisional: true,
      venue: mainVenue,
      leadUnit: skhcn,
      coordinatingUnits: [
        "Sở Nông nghiệp và Môi trường",
        "Sở Công Thương",
        "Các doanh nghiệp công nghệ số trong và ngoài tỉnh",
        "Các doanh nghiệp khoa học và công nghệ",
        "Các doanh nghiệp khởi nghiệp sáng tạo",
        "Các chủ thể OCOP",
      ],
      registrationOpen: false,
      source:
        "Kế hoạch 2025, mục III.2.2 (ngày 25-26/9/2025); tên theo mục II.6 (2), mục III.2.2 ghi “Tham quan triển lãm …”. Kế hoạch không nêu địa điểm của triển lãm: ghi Trung tâm Hội nghị và Triển lãm vì Lễ khai mạc tại đó có phần tham quan các gian hàng.",
    },
    {
      slug: "toa-dam-hien-ke",
      type: "ROUND_TABLE",
      title:
        "Tọa đàm giữa lãnh đạo chính quyền tỉnh với nhà khoa học, chuyên gia về hiến kế phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Quảng Ngãi",
      titleEn:
        "Round-table of provincial leaders with scientists and experts: ideas for developing science, technology, innovation and digital transformation in Quang Ngai",
      content:
        "- Báo cáo đề dẫn: Giới thiệu tổng quan tiềm năng & định hướng phát triển của tỉnh (Tiềm năng, thế mạnh của Quảng Ngãi; Định hướng chiến lược giai đoạn 2026–2030; Các lĩnh vực ưu tiên thu hút đầu tư và hợp tác).\n- Thảo luận mở về các nội dung: Những lĩnh vực Quảng Ngãi nên ưu tiên để thu hút vốn đầu tư và nguồn lực trí tuệ; Các cơ chế đột phá, các mô hình thử nghiệm (sandbox) về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số trên địa bàn tỉnh.",
      contentEn:
        "- Keynote report: the province's potential and development directions (Quang Ngai's strengths; strategic directions for 2026–2030; priority fields for investment and cooperation).\n- Open discussion: the fields Quang Ngai should prioritise to attract investment and intellectual resources; breakthrough mechanisms and regulatory sandboxes for science, technology, innovation and digital transformation in the province.",
      participants:
        "- Lãnh đạo UBND tỉnh – chủ trì.\n- Lãnh đạo cơ quan chuyên môn thuộc Bộ: Học viện chính sách KHCN, Cục Đổi mới sáng tạo, Cục Chuyển đổi số.\n- Lãnh đạo các sở, ban, ngành liên quan.\n- Một số tổ chức hỗ trợ, quỹ đầu tư, nhà đầu tư; các nhà khoa học.",
      participantsEn:
        "- Leaders of the Provincial People's Committee (chair).\n- Leaders of agencies of the Ministry: the Academy of Science and Technology Policy (Học viện chính sách KHCN), the Innovation Agency (Cục Đổi mới sáng tạo) and the Digital Transformation Agency (Cục Chuyển đổi số).\n- Leaders of the relevant provincial departments.\n- Support organisations, investment funds and investors; scientists.",
      startDate: "2025-09-25",
      startTime: "15:45",
      endTime: "17:30",
      timesProvisional: true,
      venue: mainVenue,
      leadUnit: skhcn,
      coordinatingUnits: [vpubnd, "Sở Tài chính"],
      capacity: 120,
      registrationOpen: true,
      source:
        "Kế hoạch 2025, mục III.2.3 (chiều 25/9/2025, Trung tâm Hội nghị và Triển lãm tỉnh). Văn bản ghi “công nghê” (lỗi gõ). Sức chứa do chúng tôi ước định.",
    },
    {
      slug: "hoi-thao-hoi-tu-nguon-luc",
      type: "CONFERENCE",
      title: `Hội thảo “${mainTheme}”`,
      titleEn: `Conference “${mainThemeEn}”`,
      content:
        "Thảo luận hướng đi chiến lược, giải pháp đột phá trong ứng dụng khoa học, công nghệ, đổi mới sáng tạo và công nghệ số để nâng cao hiệu quả hoạt động quản lý, sản xuất, dịch vụ; kết nối nhà quản lý - chuyên gia - doanh nghiệp - đơn vị nghiên cứu nhằm hình thành hệ sinh thái hỗ trợ phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tại địa phương.",
      contentEn:
        "Strategic directions and breakthrough solutions for applying science, technology, innovation and digital technology to make public administration, production and services more effective; connecting policy makers, experts, enterprises and research bodies to build a local ecosystem for science, technology, innovation and digital transformation.",
      participants:
        "- Lãnh đạo các Bộ, ngành Trung ương, Lãnh đạo Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam, Đoàn ĐBQH tỉnh; các sở, ban, ngành, các địa phương, hội đoàn thể, hiệp hội, doanh nghiệp, hợp tác xã trong các lĩnh vực liên quan.\n- Các Sở Khoa học và Công nghệ và các tổ chức, hiệp hội liên quan khu vực miền Trung.\n- Các Đại học, các tổ chức hỗ trợ ĐMST, CĐS, các chuyên gia, nhà khoa học.",
      participantsEn:
        "- Leaders of central ministries and agencies; leaders of the Provincial Party Committee, People's Council, People's Committee, Vietnam Fatherland Front Committee and National Assembly delegation; provincial departments, localities, unions, associations, enterprises and cooperatives in the relevant fields.\n- Departments of Science and Technology and related organisations and associations of the Central region.\n- Universities, innovation and digital-transformation support organisations, experts and scientists.",
      startDate: "2025-09-26",
      startTime: "08:00",
      endTime: "11:30",
      timesProvisional: true,
      venue: mainVenue,
      leadUnit: skhcn,
      coordinatingUnits: ["Cục Đổi mới sáng tạo", "Cục Chuyển đổi số quốc gia", vpubnd, relatedDepartments],
      capacity: 850,
      // The hall seats 1,000: 150 are held for the leaders and guests UBND tỉnh invites (our estimate).
      invitedCapacity: 150,
      registrationOpen: true,
      source:
        "Kế hoạch 2025, mục III.3 (sáng 26/9/2025, Trung tâm Hội nghị và Triển lãm tỉnh); mục II.6 (4) gọi là “Hội thảo phiên chính thức”.",
    },
    {
      slug: "truyen-thong-su-kien",
      type: "COMMUNICATIONS",
      title: "Truyền thông sự kiện",
      titleEn: "Event communications",
      content:
        "- Xây dựng các video clip, phóng sự, poster về ĐMST, CĐS tỉnh Quảng Ngãi để đăng tải trên các màn hình Led, các trang mạng xã hội của Sở Khoa học và Công nghệ và đồng loạt đăng tải trên các trang của các cơ quan, đơn vị, địa phương.\n- Tổ chức truyền thông đến cán bộ, công chức, viên chức và người dân biết, tham gia vào kênh truyền thông “Chuyển đổi số quốc gia”, “Bình dân học vụ số” để được cập nhật kịp thời thông tin mới nhất về chuyển đổi số phục vụ công tác.\n- Tổ chức truyền thông trên Chuyên trang Chuyển đổi số tỉnh Quảng Ngãi tại địa chỉ https://chuyendoiso.quangngai.gov.vn, Chuyên mục Chuyển đổi số trên Cổng thông tin điện tử tỉnh và trên các nền tảng số khác để phục vụ người dân, doanh nghiệp.\n- Phát huy hoạt động của Chuyên trang, chuyên mục về Chuyển đổi số, đổi mới sáng tạo để tăng cường phát hiện, chia sẻ các bài toán, sáng kiến về đổi mới sáng tạo và chuyển đổi số.",
      contentEn:
        "- Video clips, reports and posters on innovation and digital transformation in Quang Ngai, shown on LED screens and the Department of Science and Technology's social media pages and shared at the same time by agencies, units and localities.\n- Bringing officials, public employees and citizens to the “Chuyển đổi số quốc gia” (National Digital Transformation) and “Bình dân học vụ số” (Digital Literacy for All) channels for the latest news on digital transformation.\n- Communications on the provincial digital transformation site https://chuyendoiso.quangngai.gov.vn, the digital transformation section of the provincial portal and other digital platforms, for citizens and businesses.\n- Using the digital transformation and innovation site and sections to find and share problems and initiatives in innovation and digital transformation.",
      participants:
        "Kế hoạch không nêu thành phần. Đối tượng truyền thông: cán bộ, công chức, viên chức, người dân và doanh nghiệp; các cơ quan, đơn vị, địa phương đồng loạt đăng tải.",
      participantsEn:
        "The plan names no participants. Audience: officials, public employees, citizens and businesses; agencies, units and localities share the content at the same time.",
      // mục III.4.b gives the days only ("Từ ngày 01/9/2025 đến 10/10/2025"): the hours stand for whole days.
      startDate: "2025-09-01",
      startTime: "08:00",
      endDate: "2025-10-10",
      endTime: "17:00",
      timesProvisional: true,
      leadUnit: skhcn,
      coordinatingUnits: ["Báo Quảng Ngãi", relatedDepartments, localities],
      registrationOpen: false,
      source: "Kế hoạch 2025, mục III.4 (từ ngày 01/9/2025 đến 10/10/2025); chiến dịch, không có địa điểm.",
    },
  ],
};
