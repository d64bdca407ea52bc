import { describe, expect, it } from "vitest";
import {
  acknowledge,
  classifyScanned,
  countSession,
  decideCheckIn,
  enqueue,
  matchKeysOf,
  matchValuesOf,
  parseQueue,
  plausibleCheckInTime,
  printedCodeOf,
  rosterAge,
  searchRoster,
  toQueue,
  type RosterEntry,
} from "@/lib/check-in/rules";

const OPENING = "11111111-1111-4111-8111-111111111111";
const WORKSHOP = "22222222-2222-4222-8222-222222222222";

function entry(overrides: Partial<RosterEntry> = {}): RosterEntry {
  return {
    kind: "delegate",
    code: "QN25-7F3K9",
    ticketDigest: "ab".repeat(32),
    fullName: "Nguyễn Văn Đức",
    organization: "Trường Đại học Phạm Văn Đồng",
    matchKeys: [],
    revoked: false,
    seats: [
      { sessionId: OPENING, status: "CONFIRMED" },
      { sessionId: WORKSHOP, status: "WAITLISTED" },
    ],
    checkIns: {},
    ...overrides,
  };
}

describe("deciding a check-in", () => {
  it("checks a delegate with a confirmed seat in, with the scan's time and event id", () => {
    expect(decideCheckIn(entry(), OPENING, "2025-09-19T01:00:00.000Z", "e1")).toMatchObject({
      kind: "checked-in",
      event: { id: "e1", code: "QN25-7F3K9", sessionId: OPENING, at: "2025-09-19T01:00:00.000Z" },
    });
  });

  it("flags a second scan with the time of the first", () => {
    const checkedIn = entry({ checkIns: { [OPENING]: "2025-09-19T00:45:00.000Z" } });
    expect(decideCheckIn(checkedIn, OPENING, "2025-09-19T01:00:00.000Z", "e2")).toEqual({
      kind: "duplicate",
      entry: checkedIn,
      at: "2025-09-19T00:45:00.000Z",
    });
  });

  it("asks before letting in a delegate without a confirmed seat, and lets them in when staff insist", () => {
    expect(decideCheckIn(entry(), WORKSHOP, "2025-09-19T01:00:00.000Z", "e3").kind).toBe("not-registered");
    expect(decideCheckIn(entry(), WORKSHOP, "2025-09-19T01:00:00.000Z", "e3", { force: true }).kind).toBe("checked-in");
  });
});

/** An accredited journalist covering the opening only. */
function journalist(overrides: Partial<RosterEntry> = {}): RosterEntry {
  return entry({
    kind: "press",
    code: "BC25-M4TQ2",
    fullName: "Lê Thị Thu Hà",
    organization: "Báo Quảng Ngãi",
    seats: [{ sessionId: OPENING, status: "COVERING" }],
    ...overrides,
  });
}

describe("checking a journalist in with their press pass", () => {
  it("lets them into a session they cover, with their pass code in the event", () => {
    expect(decideCheckIn(journalist(), OPENING, "2025-09-19T01:00:00.000Z", "p1")).toMatchObject({
      kind: "checked-in",
      event: { id: "p1", code: "BC25-M4TQ2", sessionId: OPENING },
    });
  });

  it("flags a session they do not cover as delegates' are, and a second scan with the first time", () => {
    expect(decideCheckIn(journalist(), WORKSHOP, "2025-09-19T01:00:00.000Z", "p2").kind).toBe("not-registered");
    expect(decideCheckIn(journalist(), WORKSHOP, "2025-09-19T01:00:00.000Z", "p2", { force: true }).kind).toBe("checked-in");
    const again = journalist({ checkIns: { [OPENING]: "2025-09-19T00:50:00.000Z" } });
    expect(decideCheckIn(again, OPENING, "2025-09-19T01:00:00.000Z", "p3")).toEqual({
      kind: "duplicate",
      entry: again,
      at: "2025-09-19T00:50:00.000Z",
    });
  });
});

describe("a withdrawn press pass", () => {
  it("is refused by name, even where the journalist was checked in before and even when staff insist", () => {
    const withdrawn = journalist({ revoked: true, checkIns: { [OPENING]: "2025-09-19T00:50:00.000Z" } });
    expect(decideCheckIn(withdrawn, OPENING, "2025-09-19T01:00:00.000Z", "p4")).toEqual({ kind: "revoked", entry: withdrawn });
    expect(decideCheckIn(journalist({ revoked: true }), OPENING, "2025-09-19T01:00:00.000Z", "p5", { force: true }).kind).toBe(
      "revoked",
    );
  });
});

describe("the offline queue", () => {
  const event = { id: "e1", code: "QN25-7F3K9", sessionId: OPENING, at: "2025-09-19T01:00:00.000Z" };

  it("queues a delegate once per session and forgets only what the server answered for", () => {
    const queue = enqueue(enqueue([], event), { ...event, id: "e2" });
    expect(queue).toEqual([event]);
    const second = { ...event, id: "e3", sessionId: WORKSHOP };
    expect(acknowledge(enqueue(queue, second), ["e1"])).toEqual([second]);
  });

  it("reads a damaged stored queue as empty rather than breaking the page", () => {
    expect(parseQueue("{not json")).toEqual([]);
    expect(parseQueue(JSON.stringify([event, { id: 1 }]))).toEqual([event]);
  });

  it("keeps the device's scan time unless its clock is implausible", () => {
    const now = new Date("2025-09-19T02:00:00Z");
    expect(plausibleCheckInTime(new Date("2025-09-19T01:00:00Z"), now)).toEqual(new Date("2025-09-19T01:00:00Z"));
    expect(plausibleCheckInTime(new Date("2025-09-19T03:00:00Z"), now)).toEqual(now);
    expect(plausibleCheckInTime(new Date("2025-09-17T01:00:00Z"), now)).toEqual(now);
  });
});

describe("searching the roster on the phone", () => {
  const SALT = "roster-salt-1";
  /** Entries as the server builds them: the phone and card number only as keys. */
  async function keyed(base: RosterEntry, number: string) {
    return { ...base, matchKeys: await matchKeysOf(SALT, number) };
  }
  const build = async () => [
    await keyed(entry(), "+84905123456"),
    await keyed(entry({ code: "QN25-ABCDE", fullName: "Trần Thị Hồng", organization: "Sở Tài chính" }), "+84912000111"),
    await keyed(journalist(), "TTX-1024"),
  ];
  const codesFound = async (entries: RosterEntry[], query: string, salt = SALT) =>
    searchRoster(entries, query, await matchKeysOf(salt, query)).map((found) => found.code);

  it("ignores accents and case, and finds codes as typed", async () => {
    const entries = await build();
    expect(await codesFound(entries, "nguyen van duc")).toEqual(["QN25-7F3K9"]);
    expect(await codesFound(entries, "qn25-abcde")).toEqual(["QN25-ABCDE"]);
    expect(await codesFound(entries, "  ")).toEqual([]);
  });

  it("finds a delegate by the whole phone number however it is typed, never by part of it", async () => {
    const entries = await build();
    expect(await codesFound(entries, "0912 000 111")).toEqual(["QN25-ABCDE"]);
    expect(await codesFound(entries, "+84 912.000.111")).toEqual(["QN25-ABCDE"]);
    expect(await codesFound(entries, "000 111")).toEqual([]);
    expect(await codesFound(entries, "0912")).toEqual([]);
  });

  it("holds no phone or card number to read: keys of another download's salt match nothing", async () => {
    const entries = await build();
    const text = JSON.stringify(entries);
    for (const secret of ["905123456", "912000111", "TTX", "1024"]) expect(text).not.toContain(secret);
    expect(await codesFound(entries, "0912 000 111", "another-download")).toEqual([]);
  });

  it("finds journalists by name, outlet and press card number", async () => {
    const entries = await build();
    expect(await codesFound(entries, "thu ha")).toEqual(["BC25-M4TQ2"]);
    expect(await codesFound(entries, "bao quang ngai")).toEqual(["BC25-M4TQ2"]);
    expect(await codesFound(entries, "ttx-1024")).toEqual(["BC25-M4TQ2"]);
  });

  it("keys a phone and a card number apart, so that one never matches the other", () => {
    expect(matchValuesOf("0905 123 456")).toEqual(["phone:+84905123456", "card:0905123456"]);
    expect(matchValuesOf("TTX-1024")).toEqual(["card:TTX1024"]);
  });
});

describe("the code printed on a ticket or press pass, typed at the door", () => {
  it("is read however it is typed: any case, spaces, another dash or none", () => {
    expect(printedCodeOf("QN25-H8RQZ")).toBe("QN25-H8RQZ");
    expect(printedCodeOf(" qn25-h8rqz\n")).toBe("QN25-H8RQZ");
    expect(printedCodeOf("QN25 H8RQZ")).toBe("QN25-H8RQZ");
    expect(printedCodeOf("qn25h8rqz")).toBe("QN25-H8RQZ");
    expect(printedCodeOf("BC25–39RVG")).toBe("BC25-39RVG");
  });

  it("is not mistaken for a QR code's signed token, nor found in a name or a short code", () => {
    expect(printedCodeOf("QN1.UnxRTjI1LUg4UlFafDIwMjU.c2lnbmF0dXJl")).toBeNull();
    expect(printedCodeOf("Nguyễn Văn Đức")).toBeNull();
    expect(printedCodeOf("QN25-H8RQ")).toBeNull();
    expect(printedCodeOf("QN25-H8RQZZ")).toBeNull();
  });

  it("is looked up as a code, while a scanned token is looked up by its digest", () => {
    expect(classifyScanned("bc25-39rvg")).toEqual({ kind: "printed", code: "BC25-39RVG" });
    expect(classifyScanned(" QN1.abc.def \r\n")).toEqual({ kind: "token", token: "QN1.abc.def" });
  });
});

describe("the session's head count", () => {
  const entries = [
    entry({ code: "QN25-AAAAA", checkIns: { [OPENING]: "2025-09-19T01:00:00.000Z" } }),
    entry({ code: "QN25-BBBBB" }),
    entry({ code: "QN25-CCCCC", seats: [{ sessionId: WORKSHOP, status: "CONFIRMED" }] }),
    entry({
      code: "QN25-DDDDD",
      seats: [{ sessionId: OPENING, status: "WAITLISTED" }],
      checkIns: { [OPENING]: "2025-09-19T01:05:00.000Z" },
    }),
    journalist({ code: "BC25-AAAAA", checkIns: { [OPENING]: "2025-09-19T01:10:00.000Z" } }),
    journalist({ code: "BC25-BBBBB" }),
    journalist({ code: "BC25-CCCCC", revoked: true }),
  ];

  it("expects the confirmed seats and the journalists covering it, and counts everyone checked in there", () => {
    expect(countSession(entries, OPENING)).toEqual({
      delegates: { checkedIn: 2, expected: 2 },
      press: { checkedIn: 1, expected: 2 },
    });
    expect(countSession(entries, WORKSHOP)).toEqual({
      delegates: { checkedIn: 0, expected: 1 },
      press: { checkedIn: 0, expected: 0 },
    });
  });
});

describe("the age of the roster on the phone", () => {
  const downloaded = "2025-09-19T01:00:00.000Z";
  const after = (minutes: number) => new Date(Date.parse(downloaded) + minutes * 60_000);

  it("is told in the largest whole unit and called old after half an hour", () => {
    expect(rosterAge(downloaded, after(0.5))).toEqual({ unit: "now", count: 0, stale: false });
    expect(rosterAge(downloaded, after(30))).toEqual({ unit: "minutes", count: 30, stale: false });
    expect(rosterAge(downloaded, after(31))).toEqual({ unit: "minutes", count: 31, stale: true });
    expect(rosterAge(downloaded, after(125))).toEqual({ unit: "hours", count: 2, stale: true });
    expect(rosterAge(downloaded, after(3 * 24 * 60 + 5))).toEqual({ unit: "days", count: 3, stale: true });
  });

  it("reads a device clock behind the download as just now", () => {
    expect(rosterAge(downloaded, after(-10))).toEqual({ unit: "now", count: 0, stale: false });
  });
});

describe("the queue kept in the phone's database", () => {
  it("keeps only well-formed events of whatever an older version stored", () => {
    const event = { id: "e1", code: "QN25-7F3K9", sessionId: OPENING, at: "2025-09-19T01:00:00.000Z" };
    expect(toQueue([event, null, { id: "e2" }])).toEqual([event]);
    expect(toQueue({ events: [event] })).toEqual([]);
    expect(toQueue(undefined)).toEqual([]);
  });
});
