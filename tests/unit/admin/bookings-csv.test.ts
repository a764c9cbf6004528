import { describe, expect, it } from "vitest";
import { bookingsCsv, csvCell } from "@/lib/admin/bookings-csv";
import { booking, settings } from "./admin-fixtures";
import { parseCsv } from "./csv-reader";


describe("the bookings export", () => {
  it("opens in a spreadsheet as one header row and one row a booking, in UTF-8 with the consultant's times", () => {
    const inBerlin = { ...settings, timeZone: "Europe/Berlin" };
    const csv = bookingsCsv([booking(), booking({ id: "b-2", name: "Grace Hopper", company: null })], inBerlin);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const [header, first, second] = parseCsv(csv.slice(1));
    expect(header).toContain("Start (consultant's time)");
    expect(first![0]).toBe("2026-06-03 09:00");
    expect(first).toContain("Ada Lovelace");
    expect(first).toContain("11–25");
    expect(first).toContain(settings.form.readinessSignals.slice(0, 2).map((s) => s.label).join("; "));
    expect(first).toContain(settings.form.engagements[0]!.label);
    expect(second).toContain("Grace Hopper");
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("keeps commas, quotes and line breaks a founder typed inside their cell", () => {
    const message = 'We said "no" twice,\nthen yes.\r\nReally.';
    const [, row] = parseCsv(bookingsCsv([booking({ message })], settings).slice(1));
    expect(row).toContain(message);
  });

  it("turns every cell a spreadsheet would run as a formula into plain text", () => {
    for (const payload of ["=HYPERLINK(\"http://evil.example\",\"x\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]) {
      expect(csvCell(payload).replace(/^"/, "").startsWith("'")).toBe(true);
    }
    const [, row] = parseCsv(bookingsCsv([booking({ name: "=cmd|' /C calc'!A0", company: "@evil", adminNote: "-1" })], settings).slice(1));
    expect(row).toContain("'=cmd|' /C calc'!A0");
    expect(row).toContain("'@evil");
    expect(row).toContain("'-1");
    expect(row!.every((cell) => !/^[=+\-@\t\r]/.test(cell))).toBe(true);
  });

  it("leaves ordinary text alone", () => {
    expect(csvCell("Ada Lovelace")).toBe("Ada Lovelace");
    expect(csvCell("")).toBe("");
  });
});
