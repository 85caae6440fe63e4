/**
 * Bad-input fixtures for the robustness suite, generated at test time into a temporary folder
 * (never committed binaries): wrong and mixed encodings, empty and binary files, a file over the
 * read stage's size limit, a text in English, HTML with script payloads, bidi and zero-width
 * characters inside names, a 200 KB line, impossible dates, contradicting and broken METADATA.json.
 * Every random byte comes from a seeded PRNG: the same call writes the same bytes.
 */
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import { mulberry32 } from "../lib/prng.ts";

/** What the build is expected to do with one fixture file. */
export type Expectation = { readonly kind: "article" } | { readonly kind: "skipped"; readonly reason: string | RegExp };

export interface FixtureSet {
  readonly dir: string;
  /** Every file written (METADATA.json aside), with what the build must do with it. */
  readonly files: Readonly<Record<string, Expectation>>;
}

const article: Expectation = { kind: "article" };
const skipped = (reason: string | RegExp): Expectation => ({ kind: "skipped", reason });

/** Short Arabic and Persian reports written for these fixtures (not from the seeds). */
export const TEXTS = {
  /** Plain UTF-8 Arabic; Turkey and Iran's foreign ministers. */
  goodAr:
    "قال وزير الخارجية التركي هاكان فيدان إن بلاده تنسق مع إيران بشأن الأوضاع في سوريا.\n\n" +
    "وأضاف فيدان في مؤتمر صحفي مع نظيره الإيراني عباس عراقجي في أنقرة، الاثنين، أن البلدين اتفقا على عقد اجتماع جديد لمسار أستانة.\n",
  /** Written to disk as Windows-1256, the legacy Arabic code page. */
  cp1256:
    "انتقد وزير الخارجية السعودي فيصل بن فرحان في 12 آذار 2023 السياسات الإسرائيلية في الضفة الغربية.\n\n" +
    "وأكد أن المملكة العربية السعودية تدعم قيام دولة فلسطينية مستقلة وعاصمتها القدس الشرقية.\n",
  /** Written as UTF-16LE with a BOM; Persian, Iran and Russia. */
  utf16:
    "وزیر امور خارجه ایران در دیدار با همتای روس خود سرگئی لاوروف در مسکو گفت: روابط دو کشور در همه زمینه‌ها رو به گسترش است.\n\n" +
    "این دیدار روز ۱۵ مهر ۱۴۰۲ برگزار شد و دو طرف درباره تحولات قفقاز گفت‌وگو کردند.\n",
  /** Written as UTF-8 with a BOM; Egypt and Qatar, with a date to infer publication from. */
  utf8Bom:
    "أجرى الرئيس المصري عبد الفتاح السيسي اتصالاً هاتفياً مع أمير قطر تميم بن حمد آل ثاني يوم 5 يناير 2024، بحثا خلاله الأوضاع في غزة.\n\n" +
    "وأكد الجانبان ضرورة التوصل إلى وقف لإطلاق النار.\n",
  /** First line as UTF-8, second as Windows-1256 (a file pasted together from two sources). */
  mixedUtf8Line: "التقى وزير الخارجية الروسي سيرغي لافروف نظيره السوري فيصل المقداد في موسكو يوم 3 تشرين الأول 2022.\n",
  mixedCp1256Line: "وقال المقداد إن دمشق تقدر الدعم الروسي في مكافحة الإرهاب.\n",
  /** The same bytes under two names. */
  duplicate:
    "وصل وزير الخارجية القطري محمد بن عبد الرحمن آل ثاني إلى طهران يوم 8 حزيران 2023 في زيارة رسمية يلتقي خلالها كبار المسؤولين الإيرانيين.\n",
  english: "The foreign ministers of Turkey and Iran met in Ankara on Monday to discuss the situation in Syria and the Astana talks.\n",
  /** «تر\u200Bكيا»: a zero-width space inside Turkey; «إيران\u202E»: a right-to-left override after Iran. */
  bidi: "أعلنت تر\u200Bكيا أنها ستستضيف الأسبوع المقبل وفداً من إيران\u202E لبحث التعاون الاقتصادي بين البلدين.\n",
  /** Impossible dates: 31 February, year 0, day 0, 30 Esfand of a common Jalali year; one real date. */
  oddDates:
    "قال المتحدث باسم وزارة الخارجية الإيرانية في 15 شباط 2024 إن بلاده ستواصل مشاوراتها مع تركيا.\n\n" +
    "وأشار إلى اتفاق قيل إنه وُقّع في 31 شباط 2024، وإلى معاهدة تعود إلى عام 0، وإلى لقاء في 0 مارس 2023.\n\n" +
    "وذكرت وسائل إعلام أن الاجتماع عقد في 32 يناير 2024 وفي 30 اسفند 1402.\n",
  /** Arabic text that METADATA.json calls Persian. */
  contradictLang:
    "استقبل الرئيس الروسي فلاديمير بوتين في موسكو الرئيس الإيراني مسعود بزشكيان، وبحث الجانبان العلاقات الثنائية والتطورات في المنطقة.\n",
  /** Arabic text whose METADATA.json date is 2024-02-31; its own date is 20 February 2024. */
  badDate:
    "أدان وزير الخارجية الأردني أيمن الصفدي يوم 20 فبراير 2024 الهجمات الإسرائيلية على رفح، وطالب بوقف فوري لإطلاق النار.\n",
} as const;

/** The HTML page: scripts, event handlers and `javascript:` links, and a payload shown as visible text. */
export const HTML_PAGE = `<!doctype html>
<html lang="ar" dir="rtl"><head><title>أردوغان يستقبل بزشكيان</title>
<script>window.stolen = document.cookie; alert('head-script')</script>
<style>body { background: url("javascript:alert('css')") }</style></head>
<body onload="alert('body-onload')"><nav>الرئيسية | سياسة</nav>
<article><h1>أردوغان يستقبل بزشكيان في أنقرة</h1>
<p>استقبل الرئيس التركي رجب طيب أردوغان نظيره الإيراني مسعود بزشكيان في أنقرة يوم 4 فبراير 2025.</p>
<img src="x.png" onerror="alert('onerror-payload')">
<p>وكتب أحد القراء في تعليقه &lt;script&gt;alert("visible")&lt;/script&gt; ساخراً من الخبر.</p>
<p><a href="javascript:alert('link-payload')">اضغط هنا</a> لقراءة البيان الكامل.</p>
<script>alert('body-script')</script>
<iframe src="javascript:alert('iframe-payload')"></iframe>
<svg onload="alert('svg-payload')"><text>svg-text</text></svg>
</article></body></html>
`;

/** Bytes of a PNG signature and IHDR chunk, then `n` seeded random bytes. */
export function pngBytes(seed: number, n: number): Uint8Array {
  const header = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0];
  const r = mulberry32(seed);
  const out = new Uint8Array(header.length + n);
  out.set(header);
  for (let i = header.length; i < out.length; i++) out[i] = Math.floor(r() * 256);
  return out;
}

/** Writes a file of exactly `bytes` bytes of Arabic UTF-8 text, 1 MB at a time (never whole in memory). */
export function writeLargeTextFile(path: string, bytes: number): void {
  const line = Buffer.from(`${TEXTS.goodAr.split("\n")[0]}\n`, "utf8");
  const chunk = Buffer.alloc(1024 * 1024);
  for (let at = 0; at < chunk.length; at += line.length) line.copy(chunk, at, 0, Math.min(line.length, chunk.length - at));
  const fd = openSync(path, "w");
  try {
    let left = bytes;
    while (left > 0) {
      const n = Math.min(left, chunk.length);
      writeSync(fd, chunk, 0, n);
      left -= n;
    }
  } finally {
    closeSync(fd);
  }
}

/** A single line of about `bytes` UTF-8 bytes: reported speech joined by commas, never a full stop. */
export function longLine(bytes: number): string {
  const parts = [
    "وقال وزير الخارجية التركي هاكان فيدان إن بلاده تدعم الحل السياسي في سوريا",
    "وأضاف أن التعاون مع إيران وروسيا في إطار مسار أستانة مستمر",
    "ولفت إلى أن أنقرة لن تسمح بتهديد أمن حدودها الجنوبية",
  ];
  let out = "";
  let i = 0;
  while (Buffer.byteLength(out, "utf8") < bytes) out += `${parts[i++ % parts.length]}، `;
  return out;
}

/** The size of the over-limit file: 50 MB (the read stage's limit is 20 MB). */
export const HUGE_BYTES = 50 * 1024 * 1024;

/** Writes the main bad-input folder: every kind of bad file next to good ones, and a contradicting METADATA.json. */
export function writeBadInputFixtures(dir: string, options: { readonly hugeBytes?: number } = {}): FixtureSet {
  mkdirSync(dir, { recursive: true });
  const hugeBytes = options.hugeBytes ?? HUGE_BYTES;
  const put = (name: string, content: string | Uint8Array) => writeFileSync(join(dir, name), content);
  const files: Record<string, Expectation> = {};

  put("good-ar.txt", TEXTS.goodAr);
  files["good-ar.txt"] = article;
  put("cp1256.txt", iconv.encode(TEXTS.cp1256, "windows-1256"));
  files["cp1256.txt"] = article;
  put("utf16le-bom.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(TEXTS.utf16, "utf-16le")]));
  files["utf16le-bom.txt"] = article;
  put("utf8-bom.txt", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXTS.utf8Bom, "utf8")]));
  files["utf8-bom.txt"] = article;
  put("mixed-encoding.txt", Buffer.concat([Buffer.from(TEXTS.mixedUtf8Line, "utf8"), iconv.encode(TEXTS.mixedCp1256Line, "windows-1256")]));
  files["mixed-encoding.txt"] = article;
  put("dup-a.txt", TEXTS.duplicate);
  files["dup-a.txt"] = article;
  put("dup-b.txt", TEXTS.duplicate);
  files["dup-b.txt"] = skipped("duplicate of dup-a.txt (same content)");
  put("page.html", HTML_PAGE);
  files["page.html"] = article;
  put("bidi.txt", TEXTS.bidi);
  files["bidi.txt"] = article;
  put("odd-dates.txt", TEXTS.oddDates);
  files["odd-dates.txt"] = article;
  put("contradict-lang.txt", TEXTS.contradictLang);
  files["contradict-lang.txt"] = article;
  put("bad-date.txt", TEXTS.badDate);
  files["bad-date.txt"] = article;

  put("empty.txt", "");
  files["empty.txt"] = skipped("empty file");
  put("blank.txt", "  \n\t\n   \n");
  files["blank.txt"] = skipped("empty file (only white space)");
  put("scan.txt", pngBytes(7, 4096));
  files["scan.txt"] = skipped("binary file (NUL or control bytes), not text");
  put("photo.png", pngBytes(8, 512));
  files["photo.png"] = skipped("not an article file (.txt, .md or .html)");
  put("english.txt", TEXTS.english);
  files["english.txt"] = skipped(/^not Arabic or Persian \(0 Arabic-script letters of \d+\)$/);
  put("report.docx", Buffer.concat([Buffer.from("PK\u0003\u0004", "latin1"), Buffer.from(pngBytes(9, 256))]));
  files["report.docx"] = skipped("not an article file (.txt, .md or .html)");
  put("report.pdf", `%PDF-1.4\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj\n${TEXTS.goodAr}`);
  files["report.pdf"] = skipped("not an article file (.txt, .md or .html)");
  writeLargeTextFile(join(dir, "huge.txt"), hugeBytes);
  files["huge.txt"] = skipped(`file too large (${hugeBytes} bytes, limit ${20 * 1024 * 1024})`);

  const metadata = {
    articles: [
      { file: "good-ar.txt", lang: "ar", outlet: "Anadolu Agency (وكالة الأناضول)", published: "2024-10-21" },
      { file: "cp1256.txt", lang: "ar", outlet: "Al-Ahram (الأهرام)", published: "2023-03-14" },
      { file: "utf16le-bom.txt", lang: "fa", outlet: "IRNA (ایرنا)", published: "2023-10-08" },
      { file: "page.html", lang: "ar", published: "2025-02-05" },
      { file: "bidi.txt", lang: "ar", published: "2024-05-12" },
      // contradictions: an Arabic text called Persian, an impossible date, a file that is not there
      { file: "contradict-lang.txt", lang: "fa", published: "2024-01-10" },
      { file: "bad-date.txt", lang: "ar", published: "2024-02-31" },
      { file: "ghost.txt", lang: "ar", published: "2024-01-01" },
    ],
  };
  put("METADATA.json", `${JSON.stringify(metadata, null, 2)}\n`);
  return { dir, files };
}

/**
 * A folder with one article that is a single line of `bytes` bytes (no full stop, so one sentence),
 * kept apart from the main folder so that a slow stage shows as one failing test with a time limit.
 */
export function writeLongLineFixtures(dir: string, bytes: number = 200 * 1024): FixtureSet {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "long-line.txt"), longLine(bytes));
  const metadata = { articles: [{ file: "long-line.txt", lang: "ar", published: "2024-06-01" }] };
  writeFileSync(join(dir, "METADATA.json"), `${JSON.stringify(metadata, null, 2)}\n`);
  return { dir, files: { "long-line.txt": article } };
}

/** A folder whose METADATA.json is not valid JSON (cut off mid-entry), with two good articles. */
export function writeBrokenMetadataFixtures(dir: string): FixtureSet {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "METADATA.json"), '{ "articles": [ { "file": "a.txt", "lang": "ar", "published": "2024-');
  writeFileSync(join(dir, "a.txt"), TEXTS.utf8Bom);
  writeFileSync(join(dir, "b.txt"), TEXTS.badDate);
  return { dir, files: { "a.txt": article, "b.txt": article } };
}
