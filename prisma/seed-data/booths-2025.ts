import type { ExhibitionSeed } from "./types";

// The exhibition "Triển lãm công nghệ số và sản phẩm đổi mới sáng tạo", 25–26/9/2025, at the
// Trung tâm Hội nghị và Triển lãm tỉnh (seed 000, mục III.2.2). The plan gives the kinds of exhibitors,
// not their names, and seed 002 speaks of 15–20 booths: the exhibitors below are illustrative.
// Provincial bodies appear under their real names (they are the Week's own organisers and partners);
// enterprises and producer groups carry descriptive names that belong to no real company, and every
// contact is an organisation mailbox on example.vn, never a person.
//
// Floor map of the hall (60 m × 36 m → 600 × 360 decimetres, lib/exhibition/floor-plan.ts): row A along
// the back wall, islands B (start-ups, digital services) and C (tourism, agriculture) on either side of
// the main aisle from the main entrance, row D (OCOP products) at the front left. Stands are 3 m × 3 m
// (30 × 30); a few hosts have double stands.

const ROW_A = 30;
const ISLAND_TOP = 130;
const ISLAND_BOTTOM = 160;
const ROW_D = 270;
const STAND = 30;
const DOUBLE = 60;

export const exhibition2025: ExhibitionSeed = {
  year: 2025,
  venue: "trung-tam-hoi-nghi-trien-lam-quang-ngai",
  booths: [
    {
      code: "A01",
      category: "RESEARCH_RESULT",
      exhibitorName: "Sở Khoa học và Công nghệ tỉnh Quảng Ngãi",
      exhibitorUnit: "Sở Khoa học và Công nghệ",
      contactName: "Bộ phận tổ chức triển lãm",
      contactEmail: "trienlam.skhcn@example.vn",
      products:
        "Sản phẩm từ kết quả nhiệm vụ khoa học và công nghệ cấp tỉnh; thông tin chương trình hỗ trợ khởi nghiệp đổi mới sáng tạo; hướng dẫn đăng ký bảo hộ sở hữu trí tuệ",
      description:
        "Gian chủ trì của Tuần lễ giới thiệu các sản phẩm tiêu biểu được hình thành từ nhiệm vụ khoa học và công nghệ cấp tỉnh trong nông nghiệp, y tế, môi trường; các chính sách hỗ trợ doanh nghiệp đổi mới công nghệ và hệ sinh thái khởi nghiệp đổi mới sáng tạo của tỉnh.",
      descriptionEn:
        "The host stand of the Week: products that grew out of provincial science and technology projects in agriculture, health and the environment, support for enterprises that renew their technology, and the province's innovation ecosystem.",
      x: 180,
      y: ROW_A,
      width: DOUBLE,
      height: STAND,
    },
    {
      code: "A02",
      category: "RESEARCH_RESULT",
      exhibitorName: "Trường Đại học Phạm Văn Đồng",
      exhibitorUnit: "Trường Đại học Phạm Văn Đồng",
      contactName: "Phòng Khoa học và Hợp tác quốc tế",
      contactEmail: "khoahoc.pdu@example.vn",
      products:
        "Mô hình nghiên cứu của giảng viên và sinh viên: cảm biến đo độ mặn nước tưới, ứng dụng học tập trực tuyến, robot giáo dục",
      description:
        "Các đề tài nghiên cứu ứng dụng của giảng viên và sinh viên gắn với nhu cầu địa phương, từ giám sát độ mặn phục vụ sản xuất nông nghiệp ven biển đến học liệu số cho trường phổ thông.",
      descriptionEn:
        "Applied research by lecturers and students for local needs, from salinity monitoring for coastal farming to digital learning materials for schools.",
      x: 240,
      y: ROW_A,
      width: STAND,
      height: STAND,
    },
    {
      code: "A03",
      category: "RESEARCH_RESULT",
      exhibitorName: "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Quảng Ngãi",
      exhibitorUnit: "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Quảng Ngãi",
      contactName: "Văn phòng Liên hiệp Hội",
      contactEmail: "vanphong.lienhiephoi@example.vn",
      products: "Giải pháp đoạt giải Hội thi Sáng tạo kỹ thuật tỉnh; mô hình sáng kiến cải tiến kỹ thuật trong sản xuất",
      description:
        "Trưng bày các giải pháp kỹ thuật đạt giải tại Hội thi Sáng tạo kỹ thuật tỉnh và sáng kiến của người lao động, nông dân, học sinh đã được áp dụng vào sản xuất và đời sống.",
      descriptionEn:
        "Award-winning solutions of the provincial technical innovation contest and inventions by workers, farmers and pupils already in use.",
      x: 270,
      y: ROW_A,
      width: STAND,
      height: STAND,
    },
    {
      code: "A04",
      category: "SCIENCE_TECH_ENTERPRISE",
      exhibitorName: "Doanh nghiệp khoa học và công nghệ chế phẩm sinh học Tư Nghĩa",
      contactName: "Bộ phận kinh doanh",
      contactEmail: "chephamsinhhoc.tunghia@example.vn",
      products: "Chế phẩm vi sinh xử lý phụ phẩm nông nghiệp thành phân hữu cơ; men ủ thức ăn chăn nuôi; đệm lót sinh học",
      description:
        "Doanh nghiệp khoa học và công nghệ làm chủ quy trình nhân giống vi sinh vật có ích, chuyển rơm rạ và phụ phẩm chăn nuôi thành phân bón hữu cơ, giảm đốt đồng và ô nhiễm môi trường nông thôn.",
      descriptionEn:
        "A science and technology enterprise that cultures beneficial microbes to turn straw and livestock waste into organic fertiliser.",
      x: 300,
      y: ROW_A,
      width: STAND,
      height: STAND,
    },
    {
      code: "A05",
      category: "SCIENCE_TECH_ENTERPRISE",
      exhibitorName: "Doanh nghiệp khoa học và công nghệ tự động hóa Dung Quất",
      contactName: "Phòng Kỹ thuật",
      contactEmail: "tudonghoa.dungquat@example.vn",
      products:
        "Tủ điều khiển PLC cho dây chuyền chế biến; hệ thống giám sát năng lượng nhà xưởng; bảo trì dự đoán bằng cảm biến rung",
      description:
        "Thiết kế và chế tạo thiết bị tự động hóa cho doanh nghiệp trong Khu kinh tế Dung Quất và các khu công nghiệp, thay thế thiết bị nhập khẩu bằng sản phẩm làm chủ công nghệ trong tỉnh.",
      descriptionEn:
        "Designs and builds automation equipment for plants in the Dung Quat Economic Zone and the industrial parks, replacing imported controllers.",
      x: 330,
      y: ROW_A,
      width: STAND,
      height: STAND,
    },
    {
      code: "A06",
      category: "OTHER_PROVINCE",
      exhibitorName: "Gian liên kết doanh nghiệp khoa học và công nghệ thành phố Đà Nẵng",
      contactName: "Ban liên lạc gian liên kết",
      contactEmail: "lienket.danang@example.vn",
      products: "Thiết bị IoT đô thị thông minh; phần mềm quản lý bệnh viện; vi mạch và linh kiện điện tử",
      description:
        "Gian chung của một số doanh nghiệp khoa học và công nghệ thành phố Đà Nẵng được mời tham gia, giới thiệu sản phẩm công nghệ và mở kết nối hợp tác với doanh nghiệp Quảng Ngãi.",
      descriptionEn:
        "A joint stand of science and technology enterprises from Da Nang invited to the Week, open to partnerships with Quang Ngai enterprises.",
      x: 360,
      y: ROW_A,
      width: STAND,
      height: STAND,
    },
    {
      code: "A07",
      category: "OTHER_PROVINCE",
      exhibitorName: "Gian liên kết doanh nghiệp đổi mới sáng tạo tỉnh Gia Lai",
      contactName: "Ban liên lạc gian liên kết",
      contactEmail: "lienket.gialai@example.vn",
      products:
        "Cà phê và hồ tiêu chế biến sâu; nền tảng thương mại điện tử nông sản Tây Nguyên; máy sấy nông sản năng lượng mặt trời",
      description:
        "Doanh nghiệp đổi mới sáng tạo của tỉnh Gia Lai giới thiệu sản phẩm chế biến sâu và giải pháp công nghệ cho nông sản vùng Tây Nguyên, tìm kiếm liên kết chuỗi giá trị với Quảng Ngãi.",
      descriptionEn:
        "Innovative enterprises from Gia Lai show processed Central Highlands produce and farm technology, looking for value-chain links with Quang Ngai.",
      x: 390,
      y: ROW_A,
      width: STAND,
      height: STAND,
    },
    {
      code: "B01",
      category: "STARTUP",
      exhibitorName: "Không gian khởi nghiệp thanh niên – Tỉnh đoàn Quảng Ngãi",
      exhibitorUnit: "Tỉnh đoàn Quảng Ngãi",
      contactName: "Ban Thanh niên xung kích và khởi nghiệp",
      contactEmail: "khoinghiep.tinhdoan@example.vn",
      products:
        "Dự án khởi nghiệp của đoàn viên thanh niên; sản phẩm đạt giải cuộc thi ý tưởng khởi nghiệp; Tổ công nghệ số cộng đồng",
      description:
        "Giới thiệu các dự án khởi nghiệp do thanh niên trong tỉnh sáng lập và hoạt động của các Tổ công nghệ số cộng đồng hỗ trợ người dân sử dụng dịch vụ công trực tuyến.",
      descriptionEn:
        "Start-ups founded by young people of the province and the community digital technology teams that help residents use online public services.",
      x: 150,
      y: ISLAND_TOP,
      width: STAND,
      height: STAND,
    },
    {
      code: "B02",
      category: "STARTUP",
      exhibitorName: "Nhóm khởi nghiệp nông nghiệp số Sơn Tịnh",
      contactName: "Nhóm sáng lập",
      contactEmail: "nongnghiepso.sontinh@example.vn",
      products:
        "Ứng dụng nhật ký canh tác điện tử cho hộ trồng rau; tem truy xuất nguồn gốc bằng mã QR; tư vấn bón phân theo mùa vụ",
      description:
        "Nhóm khởi nghiệp giúp nông hộ ghi nhật ký sản xuất trên điện thoại, in tem QR cho rau an toàn và bán hàng qua sàn thương mại điện tử, phục vụ chuyển đổi số trong nông nghiệp.",
      descriptionEn:
        "A start-up that lets vegetable farmers keep a production log on their phones, print QR traceability labels and sell online.",
      x: 180,
      y: ISLAND_TOP,
      width: STAND,
      height: STAND,
    },
    {
      code: "B03",
      category: "STARTUP",
      exhibitorName: "Nhóm khởi nghiệp cảm biến ao nuôi tôm Đức Phổ",
      contactName: "Nhóm sáng lập",
      contactEmail: "aonuoi.ducpho@example.vn",
      products: "Phao cảm biến đo oxy hòa tan, pH, nhiệt độ; cảnh báo qua điện thoại; điều khiển quạt nước từ xa",
      description:
        "Thiết bị quan trắc môi trường ao nuôi tôm giá thành thấp, do một nhóm kỹ sư trẻ phát triển cho vùng nuôi trồng thủy sản ven biển, cảnh báo sớm khi oxy trong ao xuống thấp.",
      descriptionEn: "Low-cost water-quality sensors for coastal shrimp ponds, with phone alerts when dissolved oxygen falls.",
      x: 210,
      y: ISLAND_TOP,
      width: STAND,
      height: STAND,
    },
    {
      code: "B04",
      category: "DIGITAL_SERVICE",
      exhibitorName: "Doanh nghiệp dịch vụ chuyển đổi số cho hộ kinh doanh Quảng Ngãi",
      contactName: "Bộ phận chăm sóc khách hàng",
      contactEmail: "dichvuso.hokinhdoanh@example.vn",
      products:
        "Hóa đơn điện tử; chữ ký số; phần mềm bán hàng và kế toán trên nền tảng điện toán đám mây; thanh toán không dùng tiền mặt",
      description:
        "Doanh nghiệp cung cấp dịch vụ số trong tỉnh, đồng hành cùng hộ kinh doanh và doanh nghiệp nhỏ chuyển sang hóa đơn điện tử, bán hàng đa kênh và thanh toán không dùng tiền mặt.",
      descriptionEn:
        "A provincial digital-service company helping household businesses and small firms move to e-invoices, multichannel sales and cashless payment.",
      x: 150,
      y: ISLAND_BOTTOM,
      width: DOUBLE,
      height: STAND,
    },
    {
      code: "B05",
      category: "DIGITAL_SERVICE",
      exhibitorName: "Doanh nghiệp hạ tầng dữ liệu và an toàn thông tin Quảng Ngãi",
      contactName: "Phòng Giải pháp",
      contactEmail: "hatangso.quangngai@example.vn",
      products: "Lưu trữ dữ liệu và máy chủ ảo đặt tại tỉnh; giám sát an toàn thông tin; camera thông minh cho đô thị",
      description:
        "Dịch vụ hạ tầng số đặt tại địa phương cho cơ quan nhà nước và doanh nghiệp: lưu trữ, sao lưu dữ liệu, giám sát an toàn thông tin và ứng dụng camera thông minh trong quản lý đô thị.",
      descriptionEn:
        "Local digital infrastructure for public bodies and enterprises: hosting, backup, security monitoring and smart city cameras.",
      x: 210,
      y: ISLAND_BOTTOM,
      width: STAND,
      height: STAND,
    },
    {
      code: "C01",
      category: "TOURISM_SOLUTION",
      exhibitorName: "Du lịch số Măng Đen – Ủy ban nhân dân xã Măng Đen",
      exhibitorUnit: "Ủy ban nhân dân xã Măng Đen",
      contactName: "Bộ phận Văn hóa – Xã hội",
      contactEmail: "dulich.mangden@example.vn",
      products: "Bản đồ số điểm đến Măng Đen; mã QR thuyết minh tự động tại điểm tham quan; trải nghiệm thực tế ảo 360°",
      description:
        "Giới thiệu điểm đến Măng Đen qua bản đồ số, thuyết minh tự động bằng mã QR và tham quan thực tế ảo, kết quả tiếp nối Hội thảo chuyển đổi số phát triển du lịch ngày 19/9/2025.",
      descriptionEn:
        "Mang Den presented through a digital map, QR-code audio guides and 360° virtual tours, following the digital tourism workshop of 19/9/2025.",
      x: 360,
      y: ISLAND_TOP,
      width: STAND,
      height: STAND,
    },
    {
      code: "C02",
      category: "TOURISM_SOLUTION",
      exhibitorName: "Doanh nghiệp giải pháp du lịch thông minh (ngoài tỉnh)",
      contactName: "Bộ phận phát triển đối tác",
      contactEmail: "dulichthongminh@example.vn",
      products:
        "Chatbot trí tuệ nhân tạo hỗ trợ du khách; website điểm đến tương tác; hướng dẫn tham quan bằng thực tế tăng cường (AR)",
      description:
        "Doanh nghiệp ngoài tỉnh được mời giới thiệu giải pháp du lịch thông minh: trợ lý ảo trả lời du khách nhiều ngôn ngữ, website điểm đến tương tác và hướng dẫn tham quan bằng thực tế tăng cường.",
      descriptionEn:
        "An invited company from outside the province: an AI chatbot that answers visitors in several languages, interactive destination websites and AR guided tours.",
      x: 390,
      y: ISLAND_TOP,
      width: STAND,
      height: STAND,
    },
    {
      code: "C03",
      category: "TOURISM_SOLUTION",
      exhibitorName: "Doanh nghiệp nền tảng đặt dịch vụ du lịch và thanh toán điện tử (ngoài tỉnh)",
      contactName: "Bộ phận phát triển đối tác",
      contactEmail: "datdichvu.dulich@example.vn",
      products: "Nền tảng đặt phòng, đặt tour và vé tham quan trực tuyến; cổng thanh toán điện tử; bán tour qua mạng xã hội",
      description:
        "Nền tảng giúp cơ sở lưu trú, lữ hành nhỏ của địa phương bán phòng, tour và vé tham quan trực tuyến, nhận thanh toán điện tử và quảng bá sản phẩm trên mạng xã hội.",
      descriptionEn:
        "A platform on which small local hotels and tour operators sell rooms, tours and tickets online and take electronic payment.",
      x: 420,
      y: ISLAND_TOP,
      width: STAND,
      height: STAND,
    },
    {
      code: "C04",
      category: "AGRICULTURE_SOLUTION",
      exhibitorName: "Sở Nông nghiệp và Môi trường tỉnh Quảng Ngãi",
      exhibitorUnit: "Sở Nông nghiệp và Môi trường",
      contactName: "Bộ phận tổ chức triển lãm",
      contactEmail: "trienlam.snnmt@example.vn",
      products:
        "Cơ sở dữ liệu mã số vùng trồng; bản đồ số đất đai và môi trường; ứng dụng cảnh báo thiên tai và dịch bệnh cây trồng",
      description:
        "Kết quả chuyển đổi số ngành nông nghiệp và môi trường của tỉnh: cấp mã số vùng trồng, truy xuất nguồn gốc nông sản xuất khẩu, bản đồ số đất đai và hệ thống cảnh báo sớm thiên tai.",
      descriptionEn:
        "Digital transformation of the province's agriculture and environment sector: growing-area codes, export traceability, digital land maps and early disaster warnings.",
      x: 360,
      y: ISLAND_BOTTOM,
      width: DOUBLE,
      height: STAND,
    },
    {
      code: "C05",
      category: "AGRICULTURE_SOLUTION",
      exhibitorName: "Doanh nghiệp giải pháp truy xuất nguồn gốc nông sản (ngoài tỉnh)",
      contactName: "Bộ phận phát triển đối tác",
      contactEmail: "truyxuat.nongsan@example.vn",
      products:
        "Nền tảng truy xuất nguồn gốc nông sản; sổ tay điện tử cho hợp tác xã; thiết bị bay không người lái phun thuốc, gieo hạt",
      description:
        "Doanh nghiệp ngoài tỉnh được mời giới thiệu giải pháp số cho nông nghiệp: truy xuất nguồn gốc theo chuỗi, quản lý hợp tác xã trên điện thoại và canh tác chính xác bằng thiết bị bay.",
      descriptionEn:
        "An invited company from outside the province: chain traceability, cooperative management on the phone and precision farming drones.",
      x: 420,
      y: ISLAND_BOTTOM,
      width: STAND,
      height: STAND,
    },
    {
      code: "D01",
      category: "OCOP_PRODUCT",
      exhibitorName: "Nhóm chủ thể OCOP đặc khu Lý Sơn",
      contactName: "Đại diện nhóm chủ thể",
      contactEmail: "ocop.lyson@example.vn",
      products: "Tỏi Lý Sơn; tỏi đen; hành tím; rượu tỏi; đặc sản biển sấy khô",
      description:
        "Các chủ thể OCOP trên đảo Lý Sơn giới thiệu sản phẩm đạt chứng nhận OCOP, bao bì có tem truy xuất nguồn gốc và kênh bán hàng trực tuyến.",
      descriptionEn: "OCOP-certified produce from Ly Son island, with traceability labels and online sales.",
      x: 90,
      y: ROW_D,
      width: STAND,
      height: STAND,
    },
    {
      code: "D02",
      category: "OCOP_PRODUCT",
      exhibitorName: "Nhóm chủ thể OCOP quế Trà Bồng",
      contactName: "Đại diện nhóm chủ thể",
      contactEmail: "ocop.trabong@example.vn",
      products: "Quế vỏ; tinh dầu quế; bột quế; sản phẩm thủ công mỹ nghệ từ quế",
      description:
        "Sản phẩm quế của vùng núi Trà Bồng được chế biến sâu thành tinh dầu và sản phẩm thủ công, đạt chứng nhận OCOP và hướng tới thị trường xuất khẩu.",
      descriptionEn: "Cinnamon from the Tra Bong highlands, processed into essential oil and handicrafts, OCOP-certified.",
      x: 120,
      y: ROW_D,
      width: STAND,
      height: STAND,
    },
    {
      code: "D03",
      category: "OCOP_PRODUCT",
      exhibitorName: "Nhóm chủ thể OCOP đặc sản Quảng Ngãi",
      contactName: "Đại diện nhóm chủ thể",
      contactEmail: "ocop.dacsan@example.vn",
      products: "Kẹo gương; đường phổi; mạch nha; nước mắm truyền thống; sâm dây Măng Đen",
      description:
        "Đặc sản truyền thống của Quảng Ngãi từ đồng bằng đến miền núi, do các cơ sở sản xuất đạt chứng nhận OCOP giới thiệu và bán tại chỗ, có mã QR đặt hàng trực tuyến.",
      descriptionEn:
        "Traditional Quang Ngai specialities from the plains to the mountains, OCOP-certified, sold on site with online ordering.",
      x: 150,
      y: ROW_D,
      width: STAND,
      height: STAND,
    },
  ],
};
