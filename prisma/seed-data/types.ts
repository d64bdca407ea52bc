// Plain data shapes for the seed. They mirror the Prisma enums as string unions so that
// the data files stay free of generated-client imports and can be read by tests as they are.

export type UnitKind =
  | "CENTRAL_GOVERNMENT" // Bộ, Chính phủ
  | "CENTRAL_AGENCY" // Cục, Học viện, bodies under a ministry
  | "PROVINCIAL_AUTHORITY" // Tỉnh ủy, HĐND, UBND tỉnh, Văn phòng UBND tỉnh
  | "PROVINCIAL_DEPARTMENT" // Sở, Ban quản lý, provincial agencies
  | "LOCAL_AUTHORITY" // UBND xã/phường/đặc khu
  | "MASS_ORGANIZATION" // Tỉnh đoàn, MTTQ, Hội
  | "ASSOCIATION" // VINASA, business associations
  | "UNIVERSITY"
  | "RESEARCH_INSTITUTE"
  | "PRESS"
  | "ENTERPRISE"
  | "OTHER";

export type SessionType =
  | "OPENING_CEREMONY"
  | "CLOSING_CEREMONY"
  | "CONFERENCE"
  | "WORKSHOP"
  | "ROUND_TABLE"
  | "FORUM"
  | "EXHIBITION"
  | "COMMUNICATIONS"
  | "CONTEST"
  | "SITE_VISIT"
  | "OTHER";

export type UnitSeed = {
  /** Full official Vietnamese name, e.g. "Sở Khoa học và Công nghệ". Unique. */
  name: string;
  nameEn?: string;
  /** Usual short form, e.g. "Sở KH&CN". */
  shortName?: string;
  kind: UnitKind;
};

export type VenueSeed = {
  slug: string;
  name: string;
  nameEn?: string;
  address: string;
  commune?: string;
  latitude?: number;
  longitude?: number;
  capacity?: number;
  notes?: string;
};

/** Local wall-clock values in the edition's time zone (Asia/Ho_Chi_Minh). */
export type SessionSeed = {
  slug: string;
  type: SessionType;
  title: string;
  titleEn?: string;
  content: string;
  contentEn?: string;
  participants: string;
  participantsEn?: string;
  /** "YYYY-MM-DD" */
  startDate: string;
  /** "HH:mm" */
  startTime: string;
  /** "YYYY-MM-DD"; defaults to startDate */
  endDate?: string;
  endTime: string;
  /** The documents say only "sáng"/"chiều": hours chosen by us, to be confirmed by organisers. */
  timesProvisional: boolean;
  /** Venue slug; absent for activities without a place (e.g. a communications campaign). */
  venue?: string;
  /** Unit name, must match a UnitSeed.name exactly. */
  leadUnit: string;
  coordinatingUnits: string[];
  /** Seats open to public registration; absent when delegates do not register. */
  capacity?: number;
  /** Seats held back for invitees of UBND tỉnh, outside `capacity`; absent when nobody is invited. */
  invitedCapacity?: number;
  registrationOpen: boolean;
  /** Free-text note on where the data comes from in the source document. */
  source: string;
};

export type EditionSeed = {
  year: number;
  slug: string;
  name: string;
  nameEn: string;
  theme: string;
  themeEn?: string;
  /** "YYYY-MM-DD" */
  startsOn: string;
  endsOn: string;
  status: "DRAFT" | "PUBLISHED" | "ARCHIVED";
  isCurrent: boolean;
  directingUnit: string;
  leadUnit: string;
  coordinatingUnits: string[];
  expectedAttendance?: number;
  /** Venue slugs used by the edition, in display order. */
  venues: string[];
  sessions: SessionSeed[];
  /** Which document of ../shared/seeds this comes from, with its reference number. */
  sourceDocument: string;
};

export type BoothCategory =
  | "STARTUP"
  | "RESEARCH_RESULT"
  | "SCIENCE_TECH_ENTERPRISE"
  | "DIGITAL_SERVICE"
  | "TOURISM_SOLUTION"
  | "AGRICULTURE_SOLUTION"
  | "OCOP_PRODUCT"
  | "OTHER_PROVINCE";

/** One booth of an edition's exhibition; matched on (edition, code) when seeded again. */
export type BoothSeed = {
  /** "A01": zone letter and number, unique in the edition. */
  code: string;
  category: BoothCategory;
  exhibitorName: string;
  /** Unit name, must match a UnitSeed.name exactly, when the exhibitor is one of the units. */
  exhibitorUnit?: string;
  /** A role, never a person's name: the documents name no exhibitors. */
  contactName?: string;
  contactEmail?: string;
  products: string;
  description: string;
  descriptionEn?: string;
  /** Position and size on the hall's floor map, in decimetres (a 3 m × 3 m booth is 30 × 30). */
  x: number;
  y: number;
  width: number;
  height: number;
};

export type ExhibitionSeed = {
  year: number;
  /** Venue slug of the hall. */
  venue: string;
  booths: BoothSeed[];
};
