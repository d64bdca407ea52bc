import { openSansDocument } from "@/lib/pdf/document";
import type { Locale } from "@/lib/i18n/config";
import { pickLocalized } from "@/lib/i18n/localized";
import { getTranslator, type Translator } from "@/lib/i18n/translator";
import { mm } from "@/lib/pdf/fonts";
import { formatCalendarRange, formatDate, formatDateTime, formatTime } from "@/lib/time/format";
import type { AgendaEdition, AgendaSession } from "./public-queries";
import { editionDays, groupWeekAgenda, type AgendaDay, type HalfDay } from "./rules";

const BRAND = "#0a2a5e";
const ACCENT = "#a3141c";
const MUTED = "#4a5568";
const HALF_DAY_KEYS = { allDay: "halfDayAllDay", morning: "halfDayMorning", afternoon: "halfDayAfternoon", evening: "halfDayEvening" } as const;

type Input = { edition: AgendaEdition; sessions: AgendaSession[]; locale: Locale; agendaUrl: string; now?: Date };

/** The edition's programme as an A4 PDF: one section per day, sessions by half-day, Vietnamese text intact. */
export function renderProgrammePdf(input: Input): Promise<Buffer> {
  const t = getTranslator(input.locale, "programme");
  const { doc, done } = openSansDocument({
    size: "A4",
    margins: { top: mm(20), bottom: mm(20), left: mm(20), right: mm(20) },
    bufferPages: true,
    info: { Title: t("documentTitle", { name: pickLocalized(input.locale, input.edition.name, input.edition.nameEn) }), Author: "Sở Khoa học và Công nghệ tỉnh Quảng Ngãi" },
  });

  writeCover(doc, input, t);
  // An activity that runs through the whole Week (the communications campaign) is listed once up
  // front rather than repeated on every day; a day with nothing of its own takes one line.
  const week = groupWeekAgenda(editionDays(input.edition.startsOn, input.edition.endsOn), input.sessions, input.edition.timeZone);
  if (week.throughout.length > 0) writeSection(doc, t("throughout"), week.throughout, input.locale, t);
  for (const day of week.days) writeDay(doc, day, input.locale, t, week.throughout.length > 0);
  writeFooters(doc, input, t);
  doc.end();
  return done;
}

type Doc = PDFKit.PDFDocument;
type Day = AgendaDay<AgendaSession>;

function writeCover(doc: Doc, input: Input, t: Translator<"programme">) {
  const { edition, locale } = input;
  doc.font("semibold").fontSize(10).fillColor(ACCENT).text(t("title").toUpperCase(), { characterSpacing: 1.5 });
  doc.moveDown(0.3).font("bold").fontSize(20).fillColor(BRAND).text(pickLocalized(locale, edition.name, edition.nameEn));
  doc.moveDown(0.4).font("sans").fontSize(11).fillColor("#000").text(`${t("dates")}: ${formatCalendarRange(edition.startsOn, edition.endsOn)}`);
  doc.moveDown(0.8);
}

function ensureSpace(doc: Doc, points: number) {
  if (doc.y + points > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

function dayHeading(day: string, t: Translator<"programme">): string {
  const date = new Date(`${day}T00:00:00Z`);
  const weekday = t(`weekday${date.getUTCDay()}` as "weekday0");
  return `${weekday}, ${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
}

function writeBand(doc: Doc, heading: string) {
  // A heading alone at the foot of a page helps nobody: keep room for it and one session.
  ensureSpace(doc, 120);
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  doc.moveDown(0.4);
  const top = doc.y;
  doc.rect(left, top, width, 22).fill(BRAND);
  doc.font("bold").fontSize(12).fillColor("#fff").text(heading, left + 8, top + 5, { width: width - 16 });
  doc.x = left;
  doc.y = top + 30;
}

function writeSection(doc: Doc, heading: string, sessions: AgendaSession[], locale: Locale, t: Translator<"programme">) {
  writeBand(doc, heading);
  for (const session of sessions) writeSession(doc, session, locale, t);
}

function writeDay(doc: Doc, day: Day, locale: Locale, t: Translator<"programme">, hasThroughout: boolean) {
  if (day.sessions.length === 0) {
    writeEmptyDay(doc, day.day, t, hasThroughout);
    return;
  }
  writeBand(doc, dayHeading(day.day, t));
  for (const group of day.halfDays) {
    ensureSpace(doc, 60);
    doc.font("semibold").fontSize(10).fillColor(ACCENT).text(t(HALF_DAY_KEYS[group.halfDay as HalfDay]).toUpperCase(), { characterSpacing: 1 });
    doc.moveDown(0.2);
    for (const session of group.sessions) writeSession(doc, session, locale, t);
  }
}

/** A day with no activity of its own: one line, not a band over an empty space. */
function writeEmptyDay(doc: Doc, day: string, t: Translator<"programme">, hasThroughout: boolean) {
  ensureSpace(doc, 24);
  doc.moveDown(0.2);
  doc.font("bold").fontSize(10.5).fillColor(BRAND).text(`${dayHeading(day, t)}: `, { continued: true });
  doc.font("sans").fillColor(MUTED).text(hasThroughout ? t("onlyThroughout") : t("noSessions"));
  doc.moveDown(0.3);
}

function sessionTime(session: AgendaSession): string {
  const sameDay = formatDate(session.startsAt) === formatDate(session.endsAt);
  return sameDay
    ? `${formatTime(session.startsAt)} – ${formatTime(session.endsAt)}`
    : `${formatDateTime(session.startsAt)} – ${formatDateTime(session.endsAt)}`;
}

function writeSession(doc: Doc, session: AgendaSession, locale: Locale, t: Translator<"programme">) {
  ensureSpace(doc, 70);
  const types = getTranslator(locale, "sessionType");
  const flags = [types(session.type), session.timesProvisional ? t("provisional") : null, session.status === "CANCELLED" ? t("cancelled") : null];
  doc.font("bold").fontSize(10).fillColor(BRAND).text(sessionTime(session), { continued: true });
  doc.font("sans").fillColor(MUTED).text(`  ·  ${flags.filter(Boolean).join(" · ")}`);
  doc.font("bold").fontSize(11.5).fillColor("#000").text(pickLocalized(locale, session.title, session.titleEn));
  const lines: [string, string][] = [];
  if (session.venue) lines.push([t("venue"), `${pickLocalized(locale, session.venue.name, session.venue.nameEn)} — ${session.venue.address}`]);
  lines.push([t("lead"), pickLocalized(locale, session.leadUnit.name, session.leadUnit.nameEn)]);
  if (session.coordinatingUnits.length > 0) {
    lines.push([t("coordinating"), session.coordinatingUnits.map((unit) => pickLocalized(locale, unit.name, unit.nameEn)).join("; ")]);
  }
  for (const [label, value] of lines) {
    doc.font("semibold").fontSize(9.5).fillColor("#000").text(`${label}: `, { continued: true });
    doc.font("sans").text(value);
  }
  doc.moveDown(0.7);
}

function writeFooters(doc: Doc, input: Input, t: Translator<"programme">) {
  const range = doc.bufferedPageRange();
  const stamp = t("generatedAt", { time: formatDateTime(input.now ?? new Date()), url: input.agendaUrl });
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index);
    const bottom = doc.page.height - doc.page.margins.bottom + mm(6);
    const left = doc.page.margins.left;
    const width = doc.page.width - left - doc.page.margins.right;
    // Writing inside the bottom margin must not trigger an automatic page break.
    doc.page.margins.bottom = 0;
    doc.font("sans").fontSize(8).fillColor(MUTED);
    doc.text(stamp, left, bottom, { width: width - 60, lineBreak: false, ellipsis: true });
    doc.text(t("page", { page: index + 1, pages: range.count }), left, bottom, { width, align: "right", lineBreak: false });
  }
}
