import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { z } from "@/lib/zod";
import { SessionStatus, SessionType, SpeakerRole } from "@/lib/generated/prisma/enums";
import vi from "@/lib/i18n/messages/vi.json";
import { formatMessage } from "@/lib/i18n/translator";
import { dayInput, timeInput } from "@/lib/time/form-fields";
import { EVENT_TIME_ZONE, localDateTimeToUtc } from "@/lib/time/zone";
import type { SessionFilters } from "./public-queries";
import { AGENDA_FILTER_KEYS } from "./paths";

const MAX_QUERY_LENGTH = 100;

/** Each filter parsed on its own: a wrong value drops that filter, never the page (and never a 500). */
const filterFields: Record<(typeof AGENDA_FILTER_KEYS)[number], z.ZodType> = {
  q: z
    .string()
    .transform((value) => value.normalize("NFC").replace(/\s+/gu, " ").trim().slice(0, MAX_QUERY_LENGTH).trim())
    .pipe(z.string().min(1)),
  day: z.iso.date(),
  venue: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(120),
  type: z.enum(SessionType),
  lead: z.uuid(),
};

export type SearchParamsInput = Record<string, string | string[] | undefined> | URLSearchParams;

function firstValue(params: SearchParamsInput, key: string): string | undefined {
  if (params instanceof URLSearchParams) return params.get(key) ?? undefined;
  const value = params[key];
  return Array.isArray(value) ? value[0] : value;
}

/** Agenda filters from a query string (page searchParams or a feed's URL), ignoring invalid values. */
export function parseSessionFilters(params: SearchParamsInput): SessionFilters {
  const filters: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(filterFields)) {
    const raw = firstValue(params, key);
    if (raw === undefined) continue;
    const parsed = schema.safeParse(raw);
    if (parsed.success) filters[key] = parsed.data;
  }
  return filters as SessionFilters;
}

/** The query string of a set of filters, in a stable order, without empty ones ("" when none). */
export function filtersToQuery(filters: SessionFilters): string {
  const params = new URLSearchParams();
  for (const key of AGENDA_FILTER_KEYS) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}

// ───────────── The session form of the admin area ─────────────
// Shared by the form (field names, limits) and its Server Actions; messages in the admin's language.

export type SessionFormMessages = (typeof vi)["adminSessionForm"];

export const SESSION_LIMITS = { title: 300, content: 10_000, participants: 2_000, slug: 80, capacity: 100_000 } as const;

/**
 * The submitted form as the schema reads it: checkbox lists as arrays, the speaker rows
 * (`speakers.<n>.speakerId`, `speakers.<n>.role`) as a list without the rows left blank.
 */
export function sessionFormInput(formData: FormData): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  const speakerRows = new Map<string, Record<string, string>>();
  for (const [key, value] of formData) {
    if (typeof value !== "string" || key.startsWith("$ACTION")) continue;
    const row = /^speakers\.(\d+)\.(speakerId|role)$/.exec(key);
    if (row) speakerRows.set(row[1]!, { ...speakerRows.get(row[1]!), [row[2]!]: value });
    else if (key !== "coordinatingUnitIds") input[key] = value;
  }
  input.coordinatingUnitIds = formData.getAll("coordinatingUnitIds").filter((value) => typeof value === "string" && value !== "");
  input.speakers = [...speakerRows.entries()]
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([, row]) => row)
    .filter((row) => row.speakerId);
  return input;
}

export function createSessionFormSchema(messages: SessionFormMessages = vi.adminSessionForm) {
  const text = (max: number, required: boolean) => {
    const base = z
      .string()
      .normalize("NFC")
      .trim()
      .max(max, { error: formatMessage(messages.tooLong, { max }) });
    return required ? base.min(1, { error: messages.required }) : base;
  };
  const optionalText = (max: number) =>
    text(max, false)
      .optional()
      .transform((value) => (value ? value : null));
  const date = dayInput(messages.dateInvalid);
  const time = timeInput(messages.timeInvalid);
  const checkbox = z
    .string()
    .optional()
    .transform((value) => value === "on" || value === "true");
  const seatCount = () =>
    z
      .string()
      .trim()
      .optional()
      .refine((value) => !value || /^\d{1,6}$/.test(value), { error: messages.capacityInvalid, abort: true })
      .transform((value) => (value ? Number(value) : null))
      .refine((value) => value === null || value <= SESSION_LIMITS.capacity, { error: messages.capacityInvalid });

  return z
    .object({
      type: z.enum(SessionType, { error: messages.typeInvalid }),
      slug: z
        .string()
        .trim()
        .optional()
        .transform((value) => (value ? value : null))
        .pipe(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: messages.slugInvalid }).max(SESSION_LIMITS.slug).nullable()),
      title: text(SESSION_LIMITS.title, true),
      titleEn: optionalText(SESSION_LIMITS.title),
      content: text(SESSION_LIMITS.content, false).default(""),
      contentEn: optionalText(SESSION_LIMITS.content),
      participants: text(SESSION_LIMITS.participants, false).default(""),
      participantsEn: optionalText(SESSION_LIMITS.participants),
      startDate: date,
      startTime: time,
      endDate: date,
      endTime: time,
      timesProvisional: checkbox,
      venueId: z.union([z.literal("").transform(() => null), z.uuid({ error: messages.venueInvalid })]).default(null),
      leadUnitId: z.uuid({ error: messages.leadRequired }),
      coordinatingUnitIds: z.array(z.uuid({ error: messages.unitInvalid })).default([]),
      speakers: z
        .array(z.object({ speakerId: z.uuid({ error: messages.speakerInvalid }), role: z.enum(SpeakerRole, { error: messages.roleInvalid }) }))
        .default([]),
      capacity: seatCount(),
      // Seats kept for invitees (lib/invitations), outside the public capacity; blank means none.
      invitedCapacity: seatCount().transform((value) => value ?? 0),
      registrationOpen: checkbox,
    })
    .transform((value, context) => {
      const { startDate, startTime, endDate, endTime, ...rest } = value;
      const startsAt = toInstant(startDate, startTime);
      const endsAt = toInstant(endDate, endTime);
      if (!startsAt) context.addIssue({ code: "custom", path: ["startDate"], message: messages.dateInvalid });
      if (!endsAt) context.addIssue({ code: "custom", path: ["endDate"], message: messages.dateInvalid });
      if (startsAt && endsAt && endsAt <= startsAt) context.addIssue({ code: "custom", path: ["endDate"], message: messages.endBeforeStart });
      if (rest.coordinatingUnitIds.includes(rest.leadUnitId)) {
        context.addIssue({ code: "custom", path: ["coordinatingUnitIds"], message: messages.leadAlsoCoordinating });
      }
      if (new Set(rest.speakers.map((speaker) => speaker.speakerId)).size < rest.speakers.length) {
        context.addIssue({ code: "custom", path: ["speakers"], message: messages.speakerTwice });
      }
      if (rest.registrationOpen && rest.capacity === null) {
        context.addIssue({ code: "custom", path: ["capacity"], message: messages.registrationNeedsCapacity });
      }
      return { ...rest, coordinatingUnitIds: [...new Set(rest.coordinatingUnitIds)], startsAt: startsAt!, endsAt: endsAt! };
    });
}

function toInstant(date: string, time: string): Date | null {
  try {
    return localDateTimeToUtc(date, time);
  } catch {
    return null;
  }
}

export type SessionInput = z.output<ReturnType<typeof createSessionFormSchema>>;

/** Filters of the admin session list, from its query string; a wrong value is dropped. */
export function parseAdminSessionFilters(params: SearchParamsInput): { q?: string; status?: SessionStatus } {
  const q = filterFields.q.safeParse(firstValue(params, "q") ?? "");
  const status = z.enum(SessionStatus).safeParse(firstValue(params, "status"));
  return { q: q.success ? (q.data as string) : undefined, status: status.success ? status.data : undefined };
}

/** Blank speaker rows offered under the chosen ones (more appear after each save). */
export const EXTRA_SPEAKER_ROWS = 3;

type FormSource = {
  type: string;
  title: string;
  titleEn: string | null;
  content: string;
  contentEn: string | null;
  participants: string;
  participantsEn: string | null;
  startsAt: Date;
  endsAt: Date;
  timesProvisional: boolean;
  venueId: string | null;
  leadUnitId: string;
  coordinatingUnitIds: string[];
  speakers: { speakerId: string; role: string }[];
  capacity: number | null;
  invitedCapacity: number;
  registrationOpen: boolean;
};

/** A stored session as the form's field values (local date and time of the event's zone). */
export function sessionFormValues(session: FormSource): Record<string, string> {
  const values: Record<string, string> = {
    type: session.type,
    title: session.title,
    titleEn: session.titleEn ?? "",
    content: session.content,
    contentEn: session.contentEn ?? "",
    participants: session.participants,
    participantsEn: session.participantsEn ?? "",
    startDate: formatInZone(session.startsAt, "yyyy-MM-dd"),
    startTime: formatInZone(session.startsAt, "HH:mm"),
    endDate: formatInZone(session.endsAt, "yyyy-MM-dd"),
    endTime: formatInZone(session.endsAt, "HH:mm"),
    timesProvisional: session.timesProvisional ? "on" : "",
    venueId: session.venueId ?? "",
    leadUnitId: session.leadUnitId,
    coordinatingUnitIds: session.coordinatingUnitIds.join(","),
    capacity: session.capacity === null ? "" : String(session.capacity),
    invitedCapacity: String(session.invitedCapacity),
    registrationOpen: session.registrationOpen ? "on" : "",
  };
  session.speakers.forEach((speaker, index) => {
    values[`speakers.${index}.speakerId`] = speaker.speakerId;
    values[`speakers.${index}.role`] = speaker.role;
  });
  return values;
}

/** The values a new session's form starts with: the edition's first day, a morning slot. */
export function newSessionFormValues(edition: { startsOn: Date }): Record<string, string> {
  const day = edition.startsOn.toISOString().slice(0, 10);
  return { startDate: day, startTime: "08:00", endDate: day, endTime: "11:30" };
}

function formatInZone(instant: Date, pattern: string): string {
  return format(new TZDate(instant.getTime(), EVENT_TIME_ZONE), pattern);
}
