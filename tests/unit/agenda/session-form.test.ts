import { describe, expect, it } from "vitest";
import { createSessionFormSchema, sessionFormInput, sessionFormValues } from "../../../lib/agenda/schema";

const LEAD = "3f2b8c1e-1a2b-4c3d-8e9f-0a1b2c3d4e5f";
const UNIT_A = "3f2b8c1e-1a2b-4c3d-8e9f-0a1b2c3d4e60";
const UNIT_B = "3f2b8c1e-1a2b-4c3d-8e9f-0a1b2c3d4e61";
const SPEAKER = "9a2b8c1e-1a2b-4c3d-8e9f-0a1b2c3d4e5f";

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const item of [value].flat()) data.append(key, item);
  return data;
}

const valid = {
  type: "WORKSHOP",
  title: "  Hội thảo  dữ liệu mở ",
  startDate: "2025-09-24",
  startTime: "08:00",
  endDate: "2025-09-24",
  endTime: "11:30",
  venueId: "",
  leadUnitId: LEAD,
  coordinatingUnitIds: [UNIT_A, UNIT_B],
  "speakers.0.speakerId": SPEAKER,
  "speakers.0.role": "KEYNOTE",
  "speakers.1.speakerId": "",
  "speakers.1.role": "PRESENTER",
  capacity: "",
};

const parse = (fields: Record<string, string | string[]>) => createSessionFormSchema().safeParse(sessionFormInput(form(fields)));

describe("the session form schema", () => {
  it("reads local date and time in Asia/Ho_Chi_Minh, the coordinating units and the filled speaker rows", () => {
    const result = parse(valid);
    expect(result.success).toBe(true);
    expect(result.data).toMatchObject({
      title: "Hội thảo  dữ liệu mở",
      startsAt: new Date("2025-09-24T01:00:00Z"),
      endsAt: new Date("2025-09-24T04:30:00Z"),
      venueId: null,
      coordinatingUnitIds: [UNIT_A, UNIT_B],
      speakers: [{ speakerId: SPEAKER, role: "KEYNOTE" }],
      capacity: null,
      invitedCapacity: 0,
      registrationOpen: false,
    });
  });

  it("answers in Vietnamese, field by field", () => {
    const result = parse({ ...valid, title: " ", endTime: "07:00", leadUnitId: "", capacity: "-3", invitedCapacity: "1e3" });
    const errors = Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join("."), issue.message]));
    expect(errors).toMatchObject({
      title: "Vui lòng điền mục này.",
      leadUnitId: "Vui lòng chọn một đơn vị chủ trì.",
      capacity: "Số chỗ là số nguyên từ 0 đến 100000.",
      invitedCapacity: "Số chỗ là số nguyên từ 0 đến 100000.",
    });
  });

  it("refuses an end before the start, a lead that also coordinates, and registration without seats", () => {
    const result = parse({ ...valid, endTime: "07:59", coordinatingUnitIds: [LEAD], registrationOpen: "on" });
    expect(result.error!.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["endDate", "Thời điểm kết thúc phải sau thời điểm bắt đầu."],
      ["coordinatingUnitIds", "Đơn vị chủ trì không đồng thời là đơn vị phối hợp."],
      ["capacity", "Muốn mở đăng ký, hãy nhập số chỗ."],
    ]);
  });

  it("refuses an impossible date instead of rolling it over", () => {
    expect(parse({ ...valid, startDate: "2025-02-30" }).success).toBe(false);
  });

  it("gives a stored session back as the same local field values", () => {
    const parsed = parse({ ...valid, capacity: "120", invitedCapacity: "30", registrationOpen: "on" }).data!;
    const values = sessionFormValues({ ...parsed, contentEn: null, participantsEn: null, type: "WORKSHOP" });
    expect(values).toMatchObject({
      startDate: "2025-09-24",
      startTime: "08:00",
      endTime: "11:30",
      coordinatingUnitIds: `${UNIT_A},${UNIT_B}`,
      "speakers.0.speakerId": SPEAKER,
      capacity: "120",
      invitedCapacity: "30",
      registrationOpen: "on",
    });
  });
});
