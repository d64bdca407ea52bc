import { venueLine } from "@/lib/agenda/present";
import { formatCount } from "@/lib/i18n/numbers";
import { getMessages, getTranslator } from "@/lib/i18n/translator";
import { issuerHeaderLines, ISSUING_PLACE, placeAndDate, recipientLines } from "@/lib/invitations/rules";
import { formatDate, formatTime } from "@/lib/time/format";
import type { ReportFigures } from "./figures-queries";
import type { ReportNarrative } from "./schema";

// The results report as a list of blocks, written once and printed twice: the DOCX and the PDF lay
// out the same headings, sentences and tables, so the two files cannot say different things. Pure.
// The document is an official Vietnamese text: it is always written in Vietnamese.

export type ReportBlock =
  | { kind: "heading"; text: string; level: 1 | 2 }
  | { kind: "paragraph"; text: string }
  | { kind: "table"; columns: string[]; rows: string[][]; widths: number[] }
  | { kind: "chart"; caption: string; bars: { label: string; value: number }[] };

export type ReportDocument = {
  parentBody: string | null;
  issuerLines: string[];
  numberLine: string;
  placeAndDate: string;
  title: string;
  subtitle: string;
  blocks: ReportBlock[];
  signer: { title: string; name: string };
  recipients: string[];
  fileTitle: string;
  issuedAt: Date;
};

type ReportEdition = { name: string; year: number };

const t = getTranslator("vi", "resultsReport");
const count = (value: number) => formatCount(value, "vi");
const CHART_BARS = 10;

function activityBlocks(figures: ReportFigures): ReportBlock[] {
  const held = figures.activities.filter((activity) => activity.status === "PUBLISHED").length;
  const rows = figures.activities.map((activity, index) => [
    String(index + 1),
    activity.status === "CANCELLED" ? `${activity.title} ${t("cancelled")}` : activity.title,
    `${formatTime(activity.startsAt)}, ${formatDate(activity.startsAt)}`,
    activity.venue ? venueLine(activity.venue.name, activity.venue.address) : "",
    [activity.leadUnit, ...activity.coordinatingUnits].join("; "),
    count(activity.registered),
    count(activity.checkedIn),
  ]);
  return [
    { kind: "heading", level: 2, text: t("activitiesTitle") },
    { kind: "paragraph", text: t("activitiesSummary", { held: count(held), cancelled: count(figures.activities.length - held) }) },
    {
      kind: "table",
      columns: [t("colNumber"), t("colActivity"), t("colWhen"), t("colVenue"), t("colUnits"), t("colRegistered"), t("colCheckedIn")],
      rows,
      widths: [5, 27, 13, 18, 19, 9, 9],
    },
  ];
}

function shareBlocks(title: string, column: string, rows: { label: string; value: number }[], chartNumber: number): ReportBlock[] {
  return [
    { kind: "paragraph", text: title },
    { kind: "table", columns: [column, t("colCount")], rows: rows.map((row) => [row.label, count(row.value)]), widths: [75, 25] },
    { kind: "chart", caption: t("chartCaption", { number: chartNumber, title }), bars: rows.slice(0, CHART_BARS) },
  ];
}

function delegateBlocks(figures: ReportFigures): ReportBlock[] {
  const groups = getMessages("vi").delegateGroup;
  const delegates = figures.delegates;
  return [
    { kind: "heading", level: 2, text: t("delegatesTitle") },
    {
      kind: "paragraph",
      text: t("delegatesSummary", { active: count(delegates.active), checkedIn: count(delegates.checkedIn), pressCheckedIn: count(delegates.pressCheckedIn), cancelled: count(delegates.cancelled) }),
    },
    ...shareBlocks(t("byGroup"), t("colGroup"), delegates.groups.map((row) => ({ label: groups[row.key], value: row.count })), 1),
    ...shareBlocks(t("byProvince"), t("colProvince"), delegates.provinces.map((row) => ({ label: row.key || t("unknownProvince"), value: row.count })), 2),
  ];
}

function invitationAndExhibitionBlocks(figures: ReportFigures): ReportBlock[] {
  const categories = getMessages("vi").boothCategory;
  const { invitations, exhibition } = figures;
  return [
    { kind: "heading", level: 2, text: t("invitationsTitle") },
    { kind: "paragraph", text: t("invitationsSummary", { issued: count(invitations.issued), accepted: count(invitations.accepted), attended: count(invitations.attended) }) },
    { kind: "heading", level: 2, text: t("exhibitionTitle") },
    { kind: "paragraph", text: t("exhibitionSummary", { booths: count(exhibition.booths), exhibitors: count(exhibition.exhibitors) }) },
    ...shareBlocks(t("byCategory"), t("colCategory"), exhibition.categories.map((row) => ({ label: categories[row.key], value: row.count })), 3),
  ];
}

function pressBlocks(figures: ReportFigures): ReportBlock[] {
  const kinds = getMessages("vi").mediaKind;
  const { press, media } = figures;
  return [
    { kind: "heading", level: 2, text: t("pressTitle") },
    {
      kind: "paragraph",
      text: t("pressSummary", { accredited: count(press.accredited), outlets: count(press.outlets), checkedIn: count(press.checkedIn), news: count(press.newsPublished) }),
    },
    { kind: "paragraph", text: t("mediaTitle") },
    media.length > 0
      ? { kind: "table", columns: [t("colMediaKind"), t("colCount")], rows: media.map((row) => [kinds[row.key], count(row.count)]), widths: [75, 25] }
      : { kind: "paragraph", text: t("mediaNone") },
  ];
}

function feedbackBlocks(figures: ReportFigures): ReportBlock[] {
  const { overall, sessions } = figures.feedback;
  const average = (value: number | null) => (value === null ? "–" : value.toLocaleString("vi-VN", { minimumFractionDigits: 1, maximumFractionDigits: 1 }));
  if (overall.count === 0) return [{ kind: "heading", level: 2, text: t("feedbackTitle") }, { kind: "paragraph", text: t("feedbackNone") }];
  return [
    { kind: "heading", level: 2, text: t("feedbackTitle") },
    { kind: "paragraph", text: t("feedbackSummary", { count: count(overall.count), average: average(overall.average) }) },
    {
      kind: "table",
      columns: [t("colActivity"), t("colAnswers"), t("colAverage")],
      rows: sessions.map((session) => [session.title, count(session.count), average(session.average)]),
      widths: [60, 20, 20],
    },
    ...shareBlocks(t("byRating"), t("colRating"), overall.distribution.map((value, index) => ({ label: t("ratingLabel", { stars: index + 1 }), value })).reverse(), 4),
  ];
}

function narrativeBlocks(narrative: ReportNarrative): ReportBlock[] {
  const section = (title: string, text: string): ReportBlock[] => {
    const paragraphs = text.split("\n").map((line) => line.trim()).filter(Boolean);
    return [{ kind: "heading", level: 1, text: title }, ...(paragraphs.length > 0 ? paragraphs : [t("notWritten")]).map((line) => ({ kind: "paragraph" as const, text: line }))];
  };
  return [...section(t("assessmentTitle"), narrative.assessment), ...section(t("lessonsTitle"), narrative.lessons), ...section(t("proposalsTitle"), narrative.proposals)];
}

export function buildReportDocument(input: { edition: ReportEdition; figures: ReportFigures; narrative: ReportNarrative; issuedAt: Date }): ReportDocument {
  const { edition, figures, narrative } = input;
  const issuer = narrative.issuerName.trim();
  return {
    parentBody: narrative.issuerParent.trim() || null,
    issuerLines: issuerHeaderLines(issuer),
    numberLine: narrative.number.trim() ? t("numberLine", { number: narrative.number.trim() }) : t("blankNumber"),
    placeAndDate: placeAndDate(ISSUING_PLACE, input.issuedAt),
    title: t("title"),
    subtitle: t("subtitle", { edition: edition.name }),
    blocks: [
      { kind: "paragraph", text: t("opening", { issuer, edition: edition.name }) },
      { kind: "heading", level: 1, text: t("resultsTitle") },
      ...activityBlocks(figures),
      ...delegateBlocks(figures),
      ...invitationAndExhibitionBlocks(figures),
      ...pressBlocks(figures),
      ...feedbackBlocks(figures),
      ...narrativeBlocks(narrative),
    ],
    signer: { title: narrative.signerTitle.trim(), name: narrative.signerName.trim() },
    recipients: recipientLines(narrative.recipients),
    fileTitle: t("fileTitle", { edition: edition.name }),
    issuedAt: input.issuedAt,
  };
}
