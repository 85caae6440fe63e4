import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeBytes, htmlToText } from "./read.ts";

const AR = "قال وزير الخارجية التركي هاكان فيدان إن أنقرة وطهران متفقتان.";
const FA = "وزیر امور خارجه ایران در آنکارا گفت که دو کشور اشتراک نظر دارند.";

describe("decodeBytes", () => {
  it("reads UTF-8 without a BOM", () => {
    expect(decodeBytes(Buffer.from(AR, "utf8"))).toEqual({ ok: true, text: AR, encoding: "utf-8" });
  });
  it("reads UTF-8 with a BOM and drops the BOM", () => {
    const r = decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(FA, "utf8")]));
    expect(r).toEqual({ ok: true, text: FA, encoding: "utf-8 (BOM)" });
  });
  it("reads UTF-16 little- and big-endian with their BOMs", () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(AR, "utf-16le")]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(AR, "utf-16be")]);
    expect(decodeBytes(le)).toMatchObject({ ok: true, text: AR });
    expect(decodeBytes(be)).toMatchObject({ ok: true, text: AR });
  });
  it("reads Windows-1256, the legacy Arabic code page", () => {
    const r = decodeBytes(iconv.encode(AR, "windows-1256"));
    expect(r).toMatchObject({ ok: true, text: AR });
  });
  it("decodes a file mixing UTF-8 and Windows-1256 lines, each in its own encoding", () => {
    const r = decodeBytes(Buffer.concat([Buffer.from(`${AR}\n`, "utf8"), iconv.encode(FA.replace(/[گژپچ]/g, "ک"), "windows-1256")]));
    expect(r).toMatchObject({ ok: true, encoding: "mixed (utf-8 + windows-1256)" });
    expect(r.ok && r.text.split("\n")[0]).toBe(AR);
  });
  it("drops bidi override characters that would disguise a name («إيران\u202E»)", () => {
    expect(decodeBytes(Buffer.from("إيران\u202E و\u2066تركيا\u2069", "utf8"))).toMatchObject({ text: "إيران وتركيا" });
  });
  it("turns CRLF line ends into LF", () => {
    expect(decodeBytes(Buffer.from("سطر\r\nسطر", "utf8"))).toMatchObject({ text: "سطر\nسطر" });
  });
  it("skips an empty file, a blank file and a binary file with a reason", () => {
    expect(decodeBytes(new Uint8Array())).toEqual({ ok: false, reason: "empty file" });
    expect(decodeBytes(Buffer.from("  \n\t "))).toEqual({ ok: false, reason: "empty file (only white space)" });
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(decodeBytes(png)).toEqual({ ok: false, reason: "binary file (NUL or control bytes), not text" });
  });
});

describe("htmlToText", () => {
  it("keeps the article's text and drops scripts, styles and navigation", () => {
    const html = `<html><head><title>t</title><script>alert(1)</script></head><body><nav>الرئيسية | أخبار</nav>
      <article><h1>عنوان الخبر</h1><p>${AR}</p><p onclick="x()">فقرة <a href="javascript:alert(1)">ثانية</a>.</p></article>
      <footer>حقوق النشر</footer></body></html>`;
    const r = htmlToText(html);
    expect(r.title).toBe("عنوان الخبر");
    expect(r.text).toBe(`عنوان الخبر\n\n${AR}\n\nفقرة ثانية.`);
    expect(r.text).not.toContain("alert");
  });
});
