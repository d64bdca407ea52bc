import type { FrabEvent, FrabSchedule } from "./frab";

// schedule.xml, valid against the C3VOC schema (tests/fixtures/frab-schedule.xml.xsd).
// The XSD closes the set of elements: no <url> on events (the session page travels as a <link>),
// no time zone or rooms list on the conference.

/** Text for XML 1.0: markup escaped, characters XML cannot carry at all dropped. */
function escapeXml(value: string): string {
  return value
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

function element(name: string, text: string | number, indent: string): string {
  return `${indent}<${name}>${escapeXml(String(text))}</${name}>`;
}

function eventXml(event: FrabEvent, indent: string): string[] {
  const inner = `${indent}  `;
  const lines = [
    `${indent}<event id="${event.id}" guid="${escapeXml(event.guid)}">`,
    element("date", event.date, inner),
    element("start", event.start, inner),
    element("duration", event.duration, inner),
    element("room", event.room, inner),
    element("slug", event.slug, inner),
    element("title", event.title, inner),
    element("subtitle", event.subtitle, inner),
    element("track", event.track, inner),
    element("type", event.type, inner),
    element("language", event.language, inner),
    element("abstract", event.abstract, inner),
    element("description", event.description, inner),
    `${inner}<persons>`,
    ...event.persons.map((person) => element("person", person.name, `${inner}  `)),
    `${inner}</persons>`,
    `${inner}<links>`,
    // The XML schema knows links only: a session's files are listed among them.
    ...[...event.links, ...event.attachments].map((link) => `${inner}  <link href="${escapeXml(link.url)}">${escapeXml(link.title)}</link>`),
    `${inner}</links>`,
    `${indent}</event>`,
  ];
  return lines;
}

/** The same schedule as schedule.xml. */
export function renderFrabXml(document: FrabSchedule): string {
  const { version, conference } = document.schedule;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    "<schedule>",
    element("version", version, "  "),
    "  <conference>",
    element("acronym", conference.acronym, "    "),
    element("title", conference.title, "    "),
    element("start", conference.start, "    "),
    element("end", conference.end, "    "),
    element("days", conference.daysCount, "    "),
    element("timeslot_duration", conference.timeslot_duration, "    "),
    "  </conference>",
    ...conference.days.flatMap((day) => [
      `  <day index="${day.index}" date="${day.date}" start="${day.day_start}" end="${day.day_end}">`,
      ...Object.entries(day.rooms).flatMap(([room, events]) => [
        `    <room name="${escapeXml(room)}">`,
        ...events.flatMap((event) => eventXml(event, "      ")),
        "    </room>",
      ]),
      "  </day>",
    ]),
    "</schedule>",
  ];
  return `${lines.join("\n")}\n`;
}
