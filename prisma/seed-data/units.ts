import type { UnitSeed } from "./types";

// Units (cơ quan, đơn vị) named as bodies in seeds 001 (Resolution 57 action plan, 2025),
// 002 (Plan 140/KH-UBND, Digital Transformation Week 2023) and 003 (Sở KH&CN working-visit plan, 2025),
// plus the names the 2025 edition (seed 000) references.
// Bodies that existed in 2023 but were merged in 2025 (Bộ/Sở Thông tin và Truyền thông, Bộ/Sở Nông nghiệp
// và Phát triển nông thôn, UBND thành phố/huyện) stay as separate units: the 2023 edition must show the
// names of its time.
// Left out on purpose: bodies cited only as issuers of the legal bases (Bộ Chính trị, Chính phủ, Thủ tướng
// Chính phủ, Ủy ban Thường vụ Quốc hội, Ủy ban Quốc gia về chuyển đổi số, Ban Thường vụ Tỉnh ủy) and the
// 2023 Ban Tổ chức / Tổ giúp việc, which are temporary boards of the event rather than units.
export const units: UnitSeed[] = [
  // Central government (002: directing and invited ministries in 2023; 001/000: 2025 ministries)
  {
    name: "Bộ Khoa học và Công nghệ",
    nameEn: "Ministry of Science and Technology",
    shortName: "Bộ KH&CN",
    kind: "CENTRAL_GOVERNMENT",
  },
  {
    // Merged into Bộ Khoa học và Công nghệ on 01/3/2025; co-directing body of the 2023 week.
    name: "Bộ Thông tin và Truyền thông",
    nameEn: "Ministry of Information and Communications",
    shortName: "Bộ TT&TT",
    kind: "CENTRAL_GOVERNMENT",
  },
  {
    name: "Bộ Văn hóa, Thể thao và Du lịch",
    nameEn: "Ministry of Culture, Sports and Tourism",
    shortName: "Bộ VH-TT&DL",
    kind: "CENTRAL_GOVERNMENT",
  },
  {
    // 2023 name (seed 002); merged into Bộ Nông nghiệp và Môi trường in 2025.
    name: "Bộ Nông nghiệp và Phát triển nông thôn",
    nameEn: "Ministry of Agriculture and Rural Development",
    shortName: "Bộ NN&PTNT",
    kind: "CENTRAL_GOVERNMENT",
  },
  { name: "Bộ Công an", nameEn: "Ministry of Public Security", kind: "CENTRAL_GOVERNMENT" },
  { name: "Bộ Quốc phòng", nameEn: "Ministry of National Defence", kind: "CENTRAL_GOVERNMENT" },
  { name: "Bộ Tài chính", nameEn: "Ministry of Finance", kind: "CENTRAL_GOVERNMENT" },
  { name: "Văn phòng Chính phủ", nameEn: "Government Office", kind: "CENTRAL_GOVERNMENT" },

  // Central agencies (000: Cục under Bộ KH&CN; 001: Ban Cơ yếu Chính phủ as a central contact point)
  { name: "Cục Đổi mới sáng tạo", kind: "CENTRAL_AGENCY" },
  {
    // Seed 000 writes both "Cục Chuyển đổi số Quốc gia" and "Cục Chuyển đổi số"; the official name has a lower-case "quốc gia".
    name: "Cục Chuyển đổi số quốc gia",
    nameEn: "National Digital Transformation Agency",
    kind: "CENTRAL_AGENCY",
  },
  { name: "Ban Cơ yếu Chính phủ", nameEn: "Government Cipher Committee", kind: "CENTRAL_AGENCY" },

  // Provincial authorities (001, 002)
  {
    name: "Ủy ban nhân dân tỉnh Quảng Ngãi",
    nameEn: "Quang Ngai Provincial People's Committee",
    shortName: "UBND tỉnh",
    kind: "PROVINCIAL_AUTHORITY",
  },
  {
    name: "Văn phòng Ủy ban nhân dân tỉnh",
    nameEn: "Office of the Provincial People's Committee",
    shortName: "Văn phòng UBND tỉnh",
    kind: "PROVINCIAL_AUTHORITY",
  },
  {
    name: "Tỉnh ủy Quảng Ngãi",
    nameEn: "Quang Ngai Provincial Party Committee",
    shortName: "Tỉnh ủy",
    kind: "PROVINCIAL_AUTHORITY",
  },
  {
    name: "Ban Tuyên giáo và Dân vận Tỉnh ủy",
    nameEn: "Propaganda, Education and Mass Mobilisation Commission of the Provincial Party Committee",
    kind: "PROVINCIAL_AUTHORITY",
  },
  {
    name: "Đảng ủy Ủy ban nhân dân tỉnh",
    nameEn: "Party Committee of the Provincial People's Committee",
    shortName: "Đảng ủy UBND tỉnh",
    kind: "PROVINCIAL_AUTHORITY",
  },
  {
    name: "Hội đồng nhân dân tỉnh Quảng Ngãi",
    nameEn: "Quang Ngai Provincial People's Council",
    shortName: "HĐND tỉnh",
    kind: "PROVINCIAL_AUTHORITY",
  },
  {
    name: "Đoàn đại biểu Quốc hội tỉnh Quảng Ngãi",
    nameEn: "National Assembly Delegation of Quang Ngai Province",
    shortName: "Đoàn ĐBQH tỉnh",
    kind: "PROVINCIAL_AUTHORITY",
  },

  // Provincial departments and agencies, 2025 structure (000, 001, 003)
  {
    name: "Sở Khoa học và Công nghệ",
    nameEn: "Department of Science and Technology",
    shortName: "Sở KH&CN",
    kind: "PROVINCIAL_DEPARTMENT",
  },
  {
    // 003: the division of Sở KH&CN that coordinates the working visits.
    name: "Phòng Quản lý Khoa học và Công nghệ, Sở Khoa học và Công nghệ",
    nameEn: "Science and Technology Management Division, Department of Science and Technology",
    shortName: "Phòng QLKHCN",
    kind: "PROVINCIAL_DEPARTMENT",
  },
  {
    name: "Sở Nông nghiệp và Môi trường",
    nameEn: "Department of Agriculture and Environment",
    shortName: "Sở NN&MT",
    kind: "PROVINCIAL_DEPARTMENT",
  },
  {
    // 001 also writes "Sở Công thương"; normalised to the official capitalisation.
    name: "Sở Công Thương",
    nameEn: "Department of Industry and Trade",
    kind: "PROVINCIAL_DEPARTMENT",
  },
  {
    // 001 also writes "Sở Tài Chính" (typo).
    name: "Sở Tài chính",
    nameEn: "Department of Finance",
    kind: "PROVINCIAL_DEPARTMENT",
  },
  { name: "Sở Nội vụ", nameEn: "Department of Home Affairs", kind: "PROVINCIAL_DEPARTMENT" },
  { name: "Sở Xây dựng", nameEn: "Department of Construction", kind: "PROVINCIAL_DEPARTMENT" },
  { name: "Sở Y tế", nameEn: "Department of Health", kind: "PROVINCIAL_DEPARTMENT" },
  {
    name: "Sở Giáo dục và Đào tạo",
    nameEn: "Department of Education and Training",
    shortName: "Sở GD&ĐT",
    kind: "PROVINCIAL_DEPARTMENT",
  },
  {
    name: "Sở Văn hóa, Thể thao và Du lịch",
    nameEn: "Department of Culture, Sports and Tourism",
    shortName: "Sở VH-TT&DL",
    kind: "PROVINCIAL_DEPARTMENT",
  },
  {
    name: "Công an tỉnh Quảng Ngãi",
    nameEn: "Quang Ngai Provincial Police",
    shortName: "Công an tỉnh",
    kind: "PROVINCIAL_DEPARTMENT",
  },
  {
    // 001: "Ban Quản lý KKT Dung Quất và các KCN tỉnh"; 003: "Ban Quản lý Khu KT Dung Quất và các Khu CN tỉnh".
    name: "Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi",
    nameEn: "Management Board of Dung Quat Economic Zone and Quang Ngai Industrial Parks",
    shortName: "Ban Quản lý KKT Dung Quất và các KCN tỉnh",
    kind: "PROVINCIAL_DEPARTMENT",
  },
  {
    // 001 "Cục Thống kê tỉnh": a provincial office of the national statistics system; its 2025 name may differ.
    name: "Cục Thống kê tỉnh Quảng Ngãi",
    nameEn: "Quang Ngai Provincial Statistics Office",
    shortName: "Cục Thống kê tỉnh",
    kind: "PROVINCIAL_DEPARTMENT",
  },
  {
    // 001 writes "Ngân hàng Nhà nước Việt Nam tỉnh"; the State Bank reorganised its branches in 2025,
    // so the current name of the branch serving Quảng Ngãi needs confirming.
    name: "Ngân hàng Nhà nước Việt Nam Chi nhánh tỉnh Quảng Ngãi",
    nameEn: "State Bank of Vietnam, Quang Ngai Branch",
    shortName: "Ngân hàng Nhà nước Việt Nam tỉnh",
    kind: "PROVINCIAL_DEPARTMENT",
  },

  // Provincial departments as they were in 2023 (002); both merged in 2025
  {
    // Lead unit of the 2023 week; merged into Sở Khoa học và Công nghệ in 2025.
    name: "Sở Thông tin và Truyền thông",
    nameEn: "Department of Information and Communications",
    shortName: "Sở TT&TT",
    kind: "PROVINCIAL_DEPARTMENT",
  },
  {
    // Merged with Sở Tài nguyên và Môi trường into Sở Nông nghiệp và Môi trường in 2025.
    name: "Sở Nông nghiệp và Phát triển nông thôn",
    nameEn: "Department of Agriculture and Rural Development",
    shortName: "Sở NN&PTNT",
    kind: "PROVINCIAL_DEPARTMENT",
  },

  // Local authorities
  {
    // 2023 venue and co-organiser (002); the district level was abolished on 01/7/2025.
    name: "Ủy ban nhân dân thành phố Quảng Ngãi",
    nameEn: "Quang Ngai City People's Committee",
    shortName: "UBND thành phố Quảng Ngãi",
    kind: "LOCAL_AUTHORITY",
  },
  {
    name: "Ủy ban nhân dân huyện Mộ Đức",
    nameEn: "Mo Duc District People's Committee",
    shortName: "UBND huyện Mộ Đức",
    kind: "LOCAL_AUTHORITY",
  },
  {
    // 003: first working visit (15/5/2025).
    name: "Ủy ban nhân dân huyện Sơn Tây",
    nameEn: "Son Tay District People's Committee",
    shortName: "UBND huyện Sơn Tây",
    kind: "LOCAL_AUTHORITY",
  },
  {
    name: "Ủy ban nhân dân xã Măng Đen",
    nameEn: "Mang Den Commune People's Committee",
    shortName: "UBND xã Măng Đen",
    kind: "LOCAL_AUTHORITY",
  },

  // Mass organisations (001, 002)
  {
    name: "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ngãi",
    nameEn: "Vietnam Fatherland Front Committee of Quang Ngai Province",
    shortName: "Ủy ban MTTQ Việt Nam tỉnh",
    kind: "MASS_ORGANIZATION",
  },
  {
    name: "Tỉnh đoàn Quảng Ngãi",
    nameEn: "Quang Ngai Provincial Youth Union",
    shortName: "Tỉnh đoàn",
    kind: "MASS_ORGANIZATION",
  },
  {
    name: "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Quảng Ngãi",
    nameEn: "Quang Ngai Union of Science and Technology Associations",
    shortName: "Liên hiệp các Hội KH&KT tỉnh",
    kind: "MASS_ORGANIZATION",
  },

  // Associations (002, 000)
  {
    // 002 writes "Hiệp hội phần mềm và dịch vụ CNTT Việt Nam (Hiệp hội VINASA)".
    name: "Hiệp hội Phần mềm và Dịch vụ Công nghệ thông tin Việt Nam",
    nameEn: "Vietnam Software and IT Services Association",
    shortName: "VINASA",
    kind: "ASSOCIATION",
  },
  {
    name: "Hiệp hội Doanh nghiệp tỉnh Quảng Ngãi",
    nameEn: "Quang Ngai Business Association",
    shortName: "Hiệp hội Doanh nghiệp tỉnh",
    kind: "ASSOCIATION",
  },
  {
    // 002 writes only "Hội Tin học" among the provincial associations (mục VI.11, Nơi nhận).
    name: "Hội Tin học tỉnh Quảng Ngãi",
    nameEn: "Quang Ngai Informatics Association",
    shortName: "Hội Tin học",
    kind: "ASSOCIATION",
  },

  // Universities and training schools (002, 003)
  {
    // Named as in 002; the university's licensed Vietnamese name is "Trường Đại học Quốc tế RMIT Việt Nam".
    name: "Trường Đại học RMIT",
    nameEn: "RMIT University Vietnam",
    shortName: "RMIT",
    kind: "UNIVERSITY",
  },
  { name: "Trường Đại học Phạm Văn Đồng", nameEn: "Pham Van Dong University", kind: "UNIVERSITY" },
  {
    // The province's school for training officials: closest kind is UNIVERSITY.
    name: "Trường Chính trị tỉnh Quảng Ngãi",
    nameEn: "Quang Ngai Provincial School of Politics",
    shortName: "Trường Chính trị tỉnh",
    kind: "UNIVERSITY",
  },

  // Press (001, 002, 000)
  { name: "Báo Quảng Ngãi", nameEn: "Quang Ngai Newspaper", kind: "PRESS" },
  {
    // 001 "Đài PTTH tỉnh", 002 "Đài PT&TH tỉnh".
    name: "Đài Phát thanh và Truyền hình tỉnh Quảng Ngãi",
    nameEn: "Quang Ngai Radio and Television Station",
    shortName: "Đài PT&TH tỉnh",
    kind: "PRESS",
  },

  // Enterprises (003)
  {
    name: "Công ty Cổ phần Đường Quảng Ngãi",
    nameEn: "Quang Ngai Sugar Joint Stock Company",
    kind: "ENTERPRISE",
  },

  // Collective entries: a plan names a group rather than one body (000 for the 2025 edition)
  { name: "Các sở, ban, ngành liên quan", nameEn: "Relevant provincial departments and agencies", kind: "PROVINCIAL_DEPARTMENT" },
  { name: "Các địa phương trong tỉnh", nameEn: "Localities of the province", kind: "LOCAL_AUTHORITY" },
  {
    name: "Các doanh nghiệp công nghệ số trong và ngoài tỉnh",
    nameEn: "Digital technology enterprises from inside and outside the province",
    kind: "ENTERPRISE",
  },
  { name: "Các doanh nghiệp khoa học và công nghệ", nameEn: "Science and technology enterprises", kind: "ENTERPRISE" },
  { name: "Các doanh nghiệp khởi nghiệp sáng tạo", nameEn: "Innovative start-ups", kind: "ENTERPRISE" },
  { name: "Các chủ thể OCOP", nameEn: "OCOP producers", kind: "ENTERPRISE" },

  // Collective entries the 2023 edition needs (002, mục VI.8, VI.10, VI.12)
  {
    // District-level authorities before the 2025 reform; 001 (Điều 3) uses the same wording.
    name: "Ủy ban nhân dân các huyện, thị xã, thành phố",
    nameEn: "People's Committees of the districts, towns and city",
    shortName: "UBND các huyện, thị xã, thành phố",
    kind: "LOCAL_AUTHORITY",
  },
  {
    // 002 writes "Các cơ quan báo chí trên địa tỉnh" (missing "bàn").
    name: "Các cơ quan báo chí trên địa bàn tỉnh",
    nameEn: "Press agencies in the province",
    kind: "PRESS",
  },
  {
    name: "Các doanh nghiệp bưu chính, viễn thông, công nghệ thông tin",
    nameEn: "Postal, telecommunications and IT enterprises",
    kind: "ENTERPRISE",
  },
];
