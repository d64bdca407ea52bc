import { openSansDocument } from "@/lib/pdf/document";
import { formatPhoneNumber } from "@/lib/i18n/phone";
import { sessionDays } from "@/lib/agenda/rules";
import type { Locale } from "@/lib/i18n/config";
import { pickLocalized } from "@/lib/i18n/localized";
import { getTranslator, type Translator } from "@/lib/i18n/translator";
import { mm } from "@/lib/pdf/fonts";
import { countCalendarDays, formatCalendarRange, formatDateTime } from "@/lib/time/format";
import type { FactSheetData } from "./fact-sheet-queries";

const BRAND = "#0a2a5e";
const ACCENT = "#a3141c";
const MUTED = "#4a5568";

export type FactSheetInput = {
  data: FactSheetData;
  locale: Locale;
  /** Absolute addresses of the portal's home, press accreditation form and media kit. */
  urls: { portal: string; press: string; kit: string };
  now?: Date;
};

type Doc = PDFKit.PDFDocument;

/** The edition on one A4 page, for journalists: what, when, where, who, how many, whom to ask. */
export function renderFactSheetPdf(input: FactSheetInput): Promise<Buffer> {
  const t = getTranslator(input.locale, "factSheet");
  const name = pickLocalized(input.locale, input.data.name, input.data.nameEn);
  const { doc, done } = openSansDocument({
    size: "A4",
    margins: { top: mm(16), bottom: mm(16), left: mm(18), right: mm(18) },
    info: { Title: t("documentTitle", { name }), Author: "Sở Khoa học và Công nghệ tỉnh Quảng Ngãi" },
  });
  doc.font("semibold").fontSize(9).fillColor(ACCENT).text(t("title").toUpperCase(), { characterSpacing: 1.5 });
  doc.moveDown(0.2).font("bold").fontSize(16).fillColor(BRAND).text(name);
  doc.moveDown(0.4);
  writeFacts(doc, input, t);
  writeActivities(doc, input, t);
  writeFigures(doc, input, t);
  writeContacts(doc, input, t);
  doc.moveDown(0.6).font("sans").fontSize(7.5).fillColor(MUTED).text(t("generatedAt", { time: formatDateTime(input.now ?? new Date()) }));
  doc.end();
  return done;
}

function heading(doc: Doc, text: string) {
  doc.moveDown(0.5).font("bold").fontSize(10.5).fillColor(BRAND).text(text.toUpperCase(), { characterSpacing: 0.8 });
  const y = doc.y + 1;
  doc.moveTo(doc.page.margins.left, y).lineTo(doc.page.width - doc.page.margins.right, y).lineWidth(0.6).strokeColor(BRAND).stroke();
  doc.moveDown(0.3);
}

function labelled(doc: Doc, label: string, value: string) {
  doc.font("semibold").fontSize(9.5).fillColor("#000").text(`${label}: `, { continued: true });
  doc.font("sans").text(value);
}

function writeFacts(doc: Doc, { data, locale }: FactSheetInput, t: Translator<"factSheet">) {
  const localized = (entry: { name: string; nameEn: string | null }) => pickLocalized(locale, entry.name, entry.nameEn);
  labelled(doc, t("theme"), pickLocalized(locale, data.theme, data.themeEn));
  const range = formatCalendarRange(data.startsOn, data.endsOn);
  labelled(doc, t("dates"), t("datesValue", { range, days: countCalendarDays(data.startsOn, data.endsOn) }));
  if (data.venues.length > 0) labelled(doc, t("venues"), data.venues.map((venue) => `${localized(venue)} (${venue.address})`).join("; "));
  if (data.directingUnit) labelled(doc, t("directing"), localized(data.directingUnit));
  if (data.leadUnit) labelled(doc, t("lead"), localized(data.leadUnit));
  if (data.coordinatingUnits.length > 0) labelled(doc, t("coordinating"), data.coordinatingUnits.map(localized).join("; "));
}

/** When an activity takes place, in the fewest words: one day, or its first and last day. */
function activityDays(session: FactSheetData["sessions"][number], timeZone: string): string {
  const days = sessionDays(session, timeZone);
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  return formatCalendarRange(day(days[0]!), day(days.at(-1)!));
}

function writeActivities(doc: Doc, { data, locale }: FactSheetInput, t: Translator<"factSheet">) {
  if (data.sessions.length === 0) return;
  heading(doc, t("activities"));
  const localized = (entry: { name: string; nameEn: string | null }) => pickLocalized(locale, entry.name, entry.nameEn);
  for (const session of data.sessions) {
    doc.font("bold").fontSize(8.5).fillColor(BRAND).text(`${activityDays(session, data.timeZone)}  `, { continued: true });
    doc.fillColor("#000").text(pickLocalized(locale, session.title, session.titleEn));
    const units = [`${t("activityLead")}: ${localized(session.leadUnit)}`];
    if (session.coordinatingUnits.length > 0) units.push(`${t("activityWith")}: ${session.coordinatingUnits.map(localized).join("; ")}`);
    doc.font("sans").fontSize(8).fillColor(MUTED).text(units.join(" · "), { indent: mm(4) });
    doc.moveDown(0.15);
  }
}

function writeFigures(doc: Doc, { data }: FactSheetInput, t: Translator<"factSheet">) {
  heading(doc, t("figures"));
  const lines = [
    ...(data.expectedAttendance ? [t("expected", { count: data.expectedAttendance })] : []),
    t("delegates", { count: data.figures.delegates }),
    t("seats", { confirmed: data.figures.seatsConfirmed, offered: data.figures.seatsOffered }),
  ];
  doc.font("sans").fontSize(9.5).fillColor("#000");
  for (const line of lines) doc.text(`•  ${line}`);
}

function writeContacts(doc: Doc, { data, locale, urls }: FactSheetInput, t: Translator<"factSheet">) {
  const kit = getTranslator(locale, "mediaKit");
  heading(doc, t("contact"));
  doc.font("sans").fontSize(9.5).fillColor("#000");
  const organiser = data.leadUnit ? pickLocalized(locale, data.leadUnit.name, data.leadUnit.nameEn) : kit("contactText");
  doc.text(t("organiser", { unit: organiser }));
  if (data.contacts.length === 0) doc.text(`${kit("contactTitle")}: ${kit("contactText")}`);
  const desks = getTranslator(locale, "contacts");
  for (const contact of data.contacts) {
    const reach = [contact.phone && formatPhoneNumber(contact.phone), contact.email].filter(Boolean).join(" · ");
    doc.text(`${desks(contact.kind)}: ${contact.name}${reach ? ` — ${reach}` : ""}`);
  }
  doc.text(t("portal", { url: urls.portal }));
  doc.text(t("press", { url: urls.press }));
  doc.text(t("kit", { url: urls.kit }));
}
