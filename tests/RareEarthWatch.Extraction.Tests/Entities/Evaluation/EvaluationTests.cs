using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using RareEarthWatch.Extraction.Entities;
using RareEarthWatch.Extraction.Entities.Text;
using Xunit.Abstractions;

namespace RareEarthWatch.Extraction.Tests.Entities.Evaluation;

/// <summary>
/// Precision and recall per kind on the annotated passages of eval-set.json, per split. The held-out split is never
/// tuned on. The table is written to the test output and to TestResults/entities-evaluation.md; the test fails below
/// the floors.
/// </summary>
public sealed class EvaluationTests(ITestOutputHelper output)
{
    /// <summary>
    /// Precision and recall floors per split and kind: what the rules reached when the floors were set, minus a small
    /// margin (docs/entities.md has the measured table). Candidate recall is low on purpose-free news: most organisations
    /// there are single brand words without a designator ("Boeing", "Netflix").
    /// </summary>
    private static readonly Dictionary<(string Split, string Kind), (double Precision, double Recall)> Floors = new()
    {
        // Night of 2026-11-23, after merging entities-6, tonnages-7, tonnages-8, probe-9 and the fixes on main: every row that measured
        // above its floor raised to measured minus 0.02 (rounded down), held-out rows included; none lowered.
        // Raised again the same way after the 2026-11-24 midday rounds (§43–§50), every split and kind; none lowered.
        // And after the 2026-11-24 afternoon rounds (§52–§59), on main at 589393e: 24 rows raised, none lowered.
        [("tune", "organisations")] = (0.98, 0.96),
        [("tune", "candidates")] = (0.97, 0.68),
        [("tune", "candidates with a designator")] = (0.97, 0.95),
        [("tune", "organisations any")] = (0.98, 0.78),
        [("tune", "countries")] = (0.98, 0.98),
        [("tune", "elements")] = (0.98, 0.98),
        [("tune", "tonnages")] = (0.98, 0.98),
        [("tune", "tonnage measure")] = (0.98, 0.98),
        [("tune", "tonnage period")] = (0.98, 0.98),
        [("tune", "tonnage product")] = (0.98, 0.98),
        [("tune", "tonnage subject")] = (0.98, 0.98),
        [("tune", "tonnages exact")] = (0.97, 0.97),
        [("heldout", "organisations")] = (0.98, 0.98),
        [("heldout", "candidates")] = (0.83, 0.35),
        [("heldout", "candidates with a designator")] = (0.87, 0.70),
        [("heldout", "organisations any")] = (0.89, 0.52),
        [("heldout", "countries")] = (0.98, 0.98),
        [("heldout", "elements")] = (0.98, 0.98),
        [("heldout", "tonnages")] = (0.98, 0.88),
        [("heldout", "tonnage measure")] = (0.98, 0.98),
        [("heldout", "tonnage period")] = (0.98, 0.98),
        [("heldout", "tonnage product")] = (0.98, 0.98),
        [("heldout", "tonnage subject")] = (0.98, 0.98),
        [("heldout", "tonnages exact")] = (0.98, 0.98),
        // Dev set (dev-set.json): written by an annotator who never saw the rules, like the blind set, but may be tuned on.
        // Floors set after branch tonnages-4 (round-4 rules tuned on the dev split): measured minus 0.02.
        [("dev", "organisations")] = (0.97, 0.94),
        [("dev", "candidates")] = (0.98, 0.28),
        [("dev", "candidates with a designator")] = (0.98, 0.98),
        [("dev", "organisations any")] = (0.97, 0.68),
        [("dev", "countries")] = (0.98, 0.98),
        [("dev", "elements")] = (0.98, 0.98),
        [("dev", "tonnages")] = (0.98, 0.98),
        [("dev", "tonnage measure")] = (0.96, 0.96),
        [("dev", "tonnage period")] = (0.98, 0.98),
        [("dev", "tonnage product")] = (0.97, 0.97),
        [("dev", "tonnage subject")] = (0.96, 0.96),
        [("dev", "tonnages exact")] = (0.96, 0.96),
        // Dev2 (dev2-a.json, dev2-b.json): two more annotators who never saw the rules; first run on the rules of 14:17, floors =
        // measured minus 0.02 (not tuned on yet). Check and blind floors raised to the final run of 2026-11-23 minus 0.02.
        // Branch entities-5 (countries, elements, organisations tuned on dev and dev2) and branch tonnages-5 (tonnage rules tuned
        // on dev2): their rows of dev and dev2 raised to measured minus 0.02. Branch tonnages-6: dev2 tonnage measure, subject
        // and exact raised to measured minus 0.02 (rounded down), period too at the end of the branch.
        [("dev2", "organisations")] = (0.98, 0.98),
        [("dev2", "candidates")] = (0.98, 0.91),
        [("dev2", "candidates with a designator")] = (0.98, 0.94),
        [("dev2", "organisations any")] = (0.98, 0.97),
        [("dev2", "countries")] = (0.97, 0.98),
        [("dev2", "elements")] = (0.98, 0.98),
        [("dev2", "tonnages")] = (0.98, 0.97),
        [("dev2", "tonnage measure")] = (0.90, 0.90),
        [("dev2", "tonnage period")] = (0.97, 0.97),
        [("dev2", "tonnage product")] = (0.97, 0.97),
        // Branch subject18 (subject rules tuned on dev2, dev3): dev2 subject and exact raised to measured minus 0.02 (rounded down).
        [("dev2", "tonnage subject")] = (0.94, 0.94),
        [("dev2", "tonnages exact")] = (0.92, 0.92),
        // Dev3 (dev3-set.json, D01-D30, subject-heavy): one more annotator who never saw the rules; first measured on the
        // evening's final rules (exact 0.51, product 0.73): floors = that minus 0.02. May be tuned on next.
        // Branch entities-6 (countries, organisations, candidates tuned on tune, dev, dev2, dev3): the entity rows of those
        // splits whose measure went up raised to measured minus 0.02 (rounded down); tonnage rows left to the tonnage branch.
        // Branch tonnages-7 (rules tuned on dev3, dev2 and dev): its tonnage rows raised to measured minus 0.02 (exact 0.70,
        // product 0.78, subject 0.90, period 0.98, measure 0.88), and dev2 subject (0.89) and exact (0.80 / 0.79) likewise.
        // Branch tonnages-8 (rules tuned on dev2, dev3, dev): rows whose measure went up raised to measured minus 0.02, rounded
        // down from the exact ratios: dev2 measure 0.83, period 0.91, subject 0.88, exact 0.80/0.80; dev3 subject 0.90, exact 0.69.
        [("dev3", "organisations")] = (0.98, 0.97),
        [("dev3", "candidates")] = (0.48, 0.18),
        [("dev3", "candidates with a designator")] = (0.48, 0.48),
        [("dev3", "organisations any")] = (0.97, 0.92),
        [("dev3", "countries")] = (0.95, 0.98),
        [("dev3", "elements")] = (0.98, 0.98),
        [("dev3", "tonnages")] = (0.98, 0.98),
        [("dev3", "tonnage measure")] = (0.95, 0.95),
        [("dev3", "tonnage period")] = (0.98, 0.98),
        [("dev3", "tonnage product")] = (0.86, 0.86),
        [("dev3", "tonnage subject")] = (0.94, 0.94),
        [("dev3", "tonnages exact")] = (0.82, 0.82), // raised after the 2026-11-24 late-morning merges (measured 0.76 minus 0.02)
        // Check2 set (check2-set.json): one more annotator who never saw the rules, held out (errors hidden); first measured
        // on the rules before the evening's round (exact 0.50); floors raised after the round (exact 0.57) to measured minus 0.02.
        [("check2", "organisations")] = (0.96, 0.98),
        [("check2", "candidates")] = (0.89, 0.75),
        [("check2", "candidates with a designator")] = (0.89, 0.89),
        [("check2", "organisations any")] = (0.95, 0.95),
        [("check2", "countries")] = (0.95, 0.97),
        [("check2", "elements")] = (0.95, 0.98),
        [("check2", "tonnages")] = (0.97, 0.97),
        [("check2", "tonnage measure")] = (0.88, 0.88),
        [("check2", "tonnage period")] = (0.91, 0.91),
        [("check2", "tonnage product")] = (0.93, 0.93),
        [("check2", "tonnage subject")] = (0.81, 0.81),
        [("check2", "tonnages exact")] = (0.73, 0.73),
        // Dev4 set (dev4-set.json, 2026-11-24): 40 passages by one more annotator who never saw the rules, code or docs; may be
        // tuned on. Floors: its first run, on main before that day's rule round (tonnages exact 0.56 / 0.57), minus 0.02.
        [("dev4", "organisations")] = (0.97, 0.97),
        [("dev4", "candidates")] = (0.98, 0.57),
        [("dev4", "candidates with a designator")] = (0.98, 0.98),
        [("dev4", "organisations any")] = (0.97, 0.91),
        [("dev4", "countries")] = (0.94, 0.98),
        [("dev4", "elements")] = (0.98, 0.98),
        [("dev4", "tonnages")] = (0.97, 0.97),
        [("dev4", "tonnage measure")] = (0.95, 0.95),
        [("dev4", "tonnage period")] = (0.97, 0.97),
        [("dev4", "tonnage product")] = (0.91, 0.91),
        [("dev4", "tonnage subject")] = (0.91, 0.91),
        [("dev4", "tonnages exact")] = (0.83, 0.84),
        // Dev4b (dev4b-set.json, 2026-11-24): dev4's texts, tonnages annotated again by a second independent annotator.
        // Floors: its first run (tonnages exact 0.74 / 0.76, on main at 0b99970) minus 0.02.
        [("dev4b", "tonnages")] = (0.97, 0.97),
        [("dev4b", "tonnage measure")] = (0.95, 0.95),
        [("dev4b", "tonnage period")] = (0.96, 0.96),
        [("dev4b", "tonnage product")] = (0.94, 0.94),
        [("dev4b", "tonnage subject")] = (0.90, 0.90),
        [("dev4b", "tonnages exact")] = (0.84, 0.85),
        // Dev5 set (dev5-set.json, 2026-11-24 afternoon): 40 passages (180 tonnages) by one more annotator who never saw the rules,
        // code or docs, written while that afternoon's round ran; may be tuned on. Floors: its first run, on main at 61be42c before
        // any rule was read against it (tonnages exact 0.61), minus 0.02.
        // Raised after the evening round (§63-§66) to measured minus 0.02 (exact 0.79); every other row that rose in that
        // round was raised the same way (none lowered).
        [("dev5", "organisations")] = (0.98, 0.97),
        [("dev5", "candidates")] = (0.98, 0.87),
        [("dev5", "candidates with a designator")] = (0.98, 0.98),
        [("dev5", "organisations any")] = (0.98, 0.95),
        [("dev5", "countries")] = (0.98, 0.98),
        [("dev5", "elements")] = (0.98, 0.98),
        [("dev5", "tonnages")] = (0.97, 0.97),
        [("dev5", "tonnage measure")] = (0.96, 0.96),
        [("dev5", "tonnage period")] = (0.96, 0.96),
        [("dev5", "tonnage product")] = (0.97, 0.97),
        [("dev5", "tonnage subject")] = (0.92, 0.92),
        [("dev5", "tonnages exact")] = (0.88, 0.88),
        // Dev6 set (dev6-set.json, 2026-11-24 evening): 40 passages (185 tonnages) by one more annotator who never saw the rules,
        // code or docs, written while that evening's round ran; may be tuned on. Floors: its first run, on main at 0f2adbf before
        // any rule was read against it (tonnages exact 0.64 / 0.65), minus 0.02.
        [("dev6", "organisations")] = (0.98, 0.97),
        [("dev6", "candidates")] = (0.98, 0.60),
        [("dev6", "candidates with a designator")] = (0.98, 0.78),
        [("dev6", "organisations any")] = (0.98, 0.93),
        [("dev6", "countries")] = (0.98, 0.97),
        [("dev6", "elements")] = (0.98, 0.98),
        [("dev6", "tonnages")] = (0.97, 0.97),
        [("dev6", "tonnage measure")] = (0.90, 0.90),
        [("dev6", "tonnage period")] = (0.95, 0.95),
        [("dev6", "tonnage product")] = (0.95, 0.95),
        [("dev6", "tonnage subject")] = (0.94, 0.94),
        [("dev6", "tonnages exact")] = (0.88, 0.88),
        // Dev7 set (dev7-set.json, 2026-11-24 night): 40 passages (217 tonnages) by one more annotator who never saw the rules,
        // code or docs; may be tuned on. Floors: its first run, on main at 194bf9e before any rule was read against it
        // (tonnages exact 0.55 / 0.57), minus 0.02.
        [("dev7", "organisations")] = (0.98, 0.94),
        [("dev7", "candidates")] = (0.98, 0.39),
        [("dev7", "candidates with a designator")] = (0.98, 0.98),
        [("dev7", "organisations any")] = (0.98, 0.86),
        [("dev7", "countries")] = (0.98, 0.94),
        [("dev7", "elements")] = (0.98, 0.98),
        [("dev7", "tonnages")] = (0.98, 0.98),
        [("dev7", "tonnage measure")] = (0.91, 0.91),
        [("dev7", "tonnage period")] = (0.97, 0.97),
        [("dev7", "tonnage product")] = (0.94, 0.94),
        [("dev7", "tonnage subject")] = (0.87, 0.87),
        [("dev7", "tonnages exact")] = (0.83, 0.83),
        // Dev7b (dev7b-set.json, 2026-11-24 late night): dev7's texts, tonnages annotated again by a second independent
        // annotator. Floors: its first run (tonnages exact 0.74 / 0.76, on main at c08e4ae, after dev7 had been tuned on) minus 0.02.
        [("dev7b", "tonnages")] = (0.98, 0.97),
        [("dev7b", "tonnage measure")] = (0.89, 0.89),
        [("dev7b", "tonnage period")] = (0.97, 0.97),
        [("dev7b", "tonnage product")] = (0.94, 0.94),
        [("dev7b", "tonnage subject")] = (0.86, 0.86),
        [("dev7b", "tonnages exact")] = (0.82, 0.82),
        // Dev8 set (dev8-set.json, 2026-11-24 late night): 40 passages (193 tonnages) by one more annotator who never saw the
        // rules, code or docs; may be tuned on. Floors: its first run, on main at c08e4ae before any rule was read against it
        // (tonnages exact 0.60 / 0.61), minus 0.02.
        [("dev8", "organisations")] = (0.98, 0.98),
        [("dev8", "candidates")] = (0.98, 0.63),
        [("dev8", "candidates with a designator")] = (0.98, 0.81),
        [("dev8", "organisations any")] = (0.98, 0.93),
        [("dev8", "countries")] = (0.95, 0.98),
        [("dev8", "elements")] = (0.98, 0.98),
        [("dev8", "tonnages")] = (0.98, 0.97),
        [("dev8", "tonnage measure")] = (0.97, 0.97),
        [("dev8", "tonnage period")] = (0.97, 0.97),
        [("dev8", "tonnage product")] = (0.93, 0.93),
        [("dev8", "tonnage subject")] = (0.92, 0.92),
        [("dev8", "tonnages exact")] = (0.86, 0.86),
        // Dev9 set (dev9-set.json, 2026-11-25 just after midnight): 40 passages (249 tonnages) by one more annotator who never saw
        // the rules, code or docs, in new shapes (call transcripts, filings, news in brief, corrections, text tables); may be tuned on.
        // Floors: its first run, on main at babeac6 before any rule was read against it (tonnages exact 0.52 / 0.52), minus 0.02.
        [("dev9", "organisations")] = (0.97, 0.96),
        [("dev9", "candidates")] = (0.98, 0.41),
        [("dev9", "candidates with a designator")] = (0.98, 0.84),
        [("dev9", "organisations any")] = (0.97, 0.90),
        [("dev9", "countries")] = (0.98, 0.98),
        [("dev9", "elements")] = (0.96, 0.98),
        [("dev9", "tonnages")] = (0.96, 0.96),
        [("dev9", "tonnage measure")] = (0.91, 0.91),
        [("dev9", "tonnage period")] = (0.96, 0.96),
        [("dev9", "tonnage product")] = (0.88, 0.88),
        [("dev9", "tonnage subject")] = (0.90, 0.90),
        [("dev9", "tonnages exact")] = (0.78, 0.78),
        // Dev10 set (dev10-set.json, 2026-11-25 early morning): 40 passages (195 tonnages) by one more annotator who never saw the
        // rules, code or docs, in new shapes (Highlights bullets, USGS-style summaries, parliamentary answers, broker tables, live blogs,
        // shipping reports, tenders); may be tuned on. Floors: its first run, on main at 809d153 before any rule was read against it
        // (tonnages exact 0.57 / 0.51), minus 0.02.
        [("dev10", "organisations")] = (0.97, 0.96),
        [("dev10", "candidates")] = (0.84, 0.53),
        [("dev10", "candidates with a designator")] = (0.81, 0.69),
        [("dev10", "organisations any")] = (0.96, 0.91),
        [("dev10", "countries")] = (0.98, 0.98),
        [("dev10", "elements")] = (0.98, 0.98),
        [("dev10", "tonnages")] = (0.96, 0.97),
        [("dev10", "tonnage measure")] = (0.91, 0.91),
        [("dev10", "tonnage period")] = (0.95, 0.95),
        [("dev10", "tonnage product")] = (0.93, 0.93),
        [("dev10", "tonnage subject")] = (0.89, 0.89),
        [("dev10", "tonnages exact")] = (0.83, 0.83),
        // Dev11 set (dev11-set.json, 2026-11-25 morning): 40 passages (189 tonnages) by one more annotator who never saw the rules,
        // code or docs, in new shapes (pasted web tables, monthly customs series, filings, translated Chinese announcements, panel
        // transcripts, abstracts, wire flashes, newsletters); may be tuned on. Floors: its first run, on main at 53e2516 before any
        // rule was read against it (tonnages exact 0.39 / 0.32), minus 0.02; raised since to later measured figures minus 0.02.
        [("dev11", "organisations")] = (0.95, 0.95),
        [("dev11", "candidates")] = (0.81, 0.63),
        [("dev11", "candidates with a designator")] = (0.78, 0.73),
        [("dev11", "organisations any")] = (0.93, 0.89),
        [("dev11", "countries")] = (0.97, 0.97),
        [("dev11", "elements")] = (0.98, 0.98),
        [("dev11", "tonnages")] = (0.97, 0.98),
        [("dev11", "tonnage measure")] = (0.88, 0.88),
        [("dev11", "tonnage period")] = (0.93, 0.93),
        [("dev11", "tonnage product")] = (0.90, 0.90),
        [("dev11", "tonnage subject")] = (0.81, 0.81),
        [("dev11", "tonnages exact")] = (0.71, 0.72),
        // Dev12 set (dev12-set.json, 2026-11-25 mid-morning): 40 passages (259 tonnages) by one more annotator who never saw the
        // rules, code or docs, mostly ordinary full-length news stories as analysts save them; may be tuned on. Floors: its first
        // run, on main at 04653da before any rule was read against it (tonnages exact 0.63 / 0.64), minus 0.02; raised since to later
        // measured figures minus 0.02.
        [("dev12", "organisations")] = (0.98, 0.97),
        [("dev12", "candidates")] = (0.94, 0.84),
        [("dev12", "candidates with a designator")] = (0.91, 0.85),
        [("dev12", "organisations any")] = (0.97, 0.94),
        [("dev12", "countries")] = (0.97, 0.96),
        [("dev12", "elements")] = (0.98, 0.98),
        [("dev12", "tonnages")] = (0.98, 0.98),
        [("dev12", "tonnage measure")] = (0.90, 0.90),
        [("dev12", "tonnage period")] = (0.89, 0.89),
        [("dev12", "tonnage product")] = (0.92, 0.92),
        [("dev12", "tonnage subject")] = (0.87, 0.87),
        [("dev12", "tonnages exact")] = (0.75, 0.75),
        // Dev13 set (dev13-set.json, 2026-11-25 late morning): 40 passages (210 tonnages) by one more annotator who never saw the
        // rules, code or docs, ordinary news with several parties per figure; may be tuned on. Floors: its first run, on main at
        // c3535b8 after the day's late-morning round and before any rule was read against it (tonnages exact 0.57 / 0.57; the
        // same at 2150cc3 before that round's helpers were merged), minus 0.02.
        [("dev13", "organisations")] = (0.97, 0.97),
        [("dev13", "candidates")] = (0.84, 0.59),
        [("dev13", "candidates with a designator")] = (0.86, 0.69),
        [("dev13", "organisations any")] = (0.96, 0.91),
        [("dev13", "countries")] = (0.97, 0.97),
        [("dev13", "elements")] = (0.95, 0.98),
        [("dev13", "tonnages")] = (0.98, 0.97),
        [("dev13", "tonnage measure")] = (0.88, 0.88),
        [("dev13", "tonnage period")] = (0.90, 0.90),
        [("dev13", "tonnage product")] = (0.86, 0.86),
        [("dev13", "tonnage subject")] = (0.87, 0.87),
        [("dev13", "tonnages exact")] = (0.72, 0.71),
        // Dev14 set (dev14-set.json, 2026-11-25 midday): 40 passages (204 tonnages) by one more annotator who never saw the rules,
        // code or docs: ordinary news with several companies and countries per story (takeovers, joint ventures, offtake chains,
        // state financing, smuggling) from places earlier sets touched less; may be tuned on. Floors: its first run, on main at
        // 065a8e1 before any rule was read against it (tonnages exact 0.72 / 0.72), minus 0.02.
        [("dev14", "organisations")] = (0.95, 0.96),
        [("dev14", "candidates")] = (0.91, 0.66),
        [("dev14", "candidates with a designator")] = (0.90, 0.90),
        [("dev14", "organisations any")] = (0.94, 0.90),
        [("dev14", "countries")] = (0.96, 0.96),
        [("dev14", "elements")] = (0.97, 0.98),
        [("dev14", "tonnages")] = (0.98, 0.98),
        [("dev14", "tonnage measure")] = (0.95, 0.95),
        [("dev14", "tonnage period")] = (0.96, 0.96),
        [("dev14", "tonnage product")] = (0.93, 0.93),
        [("dev14", "tonnage subject")] = (0.86, 0.86),
        [("dev14", "tonnages exact")] = (0.81, 0.81),
        // Dev15 set (dev15-set.json, 2026-11-25 midday): 40 passages (272 tonnages) by one more annotator who never saw the rules,
        // code or docs: text issued by companies and governments (ASX quarterlies, TSX and NYSE releases, call transcripts, 10-K and
        // annual report extracts, USGS-style summaries, translated ministry notices) and price reports; may be tuned on. Floors:
        // its first run, on main at 32a4564 before any rule was read against it (tonnages exact 0.65 / 0.65), minus 0.02.
        [("dev15", "organisations")] = (0.98, 0.96),
        [("dev15", "candidates")] = (0.88, 0.88),
        [("dev15", "candidates with a designator")] = (0.87, 0.87),
        [("dev15", "organisations any")] = (0.97, 0.95),
        [("dev15", "countries")] = (0.95, 0.97),
        [("dev15", "elements")] = (0.98, 0.98),
        [("dev15", "tonnages")] = (0.97, 0.97),
        [("dev15", "tonnage measure")] = (0.88, 0.88),
        [("dev15", "tonnage period")] = (0.93, 0.93),
        [("dev15", "tonnage product")] = (0.89, 0.89),
        [("dev15", "tonnage subject")] = (0.88, 0.88),
        [("dev15", "tonnages exact")] = (0.76, 0.76),
        // Check3 set (check3-set.json, 2026-11-24): 40 passages by one more annotator who never saw the rules, code or docs,
        // held out from the start (errors hidden). Floors: its first run, on the rules of main at ae63401
        // before that day's rule round (tonnages exact 0.66), minus 0.02.
        [("check3", "organisations")] = (0.98, 0.98),
        [("check3", "candidates")] = (0.98, 0.77),
        [("check3", "candidates with a designator")] = (0.98, 0.98),
        [("check3", "organisations any")] = (0.98, 0.95),
        [("check3", "countries")] = (0.98, 0.98),
        [("check3", "elements")] = (0.98, 0.98),
        [("check3", "tonnages")] = (0.97, 0.97),
        [("check3", "tonnage measure")] = (0.90, 0.90),
        [("check3", "tonnage period")] = (0.93, 0.93),
        [("check3", "tonnage product")] = (0.94, 0.94),
        [("check3", "tonnage subject")] = (0.83, 0.83),
        [("check3", "tonnages exact")] = (0.74, 0.74),
        // Check set (check-set.json): a second annotator who never saw the rules; held out like the blind set (errors hidden).
        // Check and blind rows raised after the evening's round (entities-5, tonnages-5) to measured minus 0.02, never lowered.
        [("check", "organisations")] = (0.97, 0.95),
        [("check", "candidates")] = (0.76, 0.14),
        [("check", "candidates with a designator")] = (0.73, 0.73),
        [("check", "organisations any")] = (0.93, 0.54),
        [("check", "countries")] = (0.90, 0.97),
        [("check", "elements")] = (0.98, 0.98),
        [("check", "tonnages")] = (0.95, 0.95),
        [("check", "tonnage measure")] = (0.86, 0.86),
        [("check", "tonnage period")] = (0.90, 0.90),
        [("check", "tonnage product")] = (0.93, 0.93),
        [("check", "tonnage subject")] = (0.90, 0.90),
        [("check", "tonnages exact")] = (0.78, 0.77),
        // Blind set, first run on the frozen rules of 2026-11-23 (see docs/entities.md): measured minus a small margin.
        [("blind", "organisations")] = (0.97, 0.98),
        [("blind", "candidates")] = (0.95, 0.25),
        [("blind", "candidates with a designator")] = (0.95, 0.79),
        [("blind", "organisations any")] = (0.96, 0.54),
        [("blind", "countries")] = (0.96, 0.97),
        [("blind", "elements")] = (0.98, 0.98),
        [("blind", "tonnages")] = (0.97, 0.95),
        // Recall floors of "organisations any" (all splits) and candidates (tune, held-out) raised after branch reference-orgs
        // (+294 organisations in companies.csv): measured minus 0.02.
        // Candidate rows raised after branch candidates-2 (context rules tuned on the tune split and C01-C08 only): measured minus 0.02.
        // Raised after branch tonnages (rules tuned on T01-T25 only) and again after branch tonnages-2 (tuned on U01-U27
        // only; countries precision too) and after branch tonnages-3 (tuned on V01-V54 only): measured minus 0.02.
        [("blind", "tonnage measure")] = (0.90, 0.90),
        // The fields of "exact" one by one (rows added after the merge of tonnages-3, measured minus 0.02; never tuned on).
        [("blind", "tonnage period")] = (0.95, 0.95),
        [("blind", "tonnage product")] = (0.95, 0.95),
        [("blind", "tonnage subject")] = (0.95, 0.95),
        [("blind", "tonnages exact")] = (0.89, 0.87), // raised after the 2026-11-24 late-morning merges (measured 0.83 / 0.81 minus 0.02)
    };

    /// <summary>
    /// eval-set.json: tune and held-out passages written or annotated while the rules were built. blind-set.json:
    /// passages written and annotated by someone who never saw the rules, never run before they were frozen; never tune on it.
    /// dev-set.json, dev2-a.json, dev2-b.json and check-set.json: more sets by annotators who never saw the rules (2026-11-23);
    /// "dev" may be tuned on, "check" is held out like the blind set and its errors are hidden too.
    /// check2-set.json (evening of 2026-11-23): 40 passages by one more annotator who never saw the rules, held out
    /// from the start like "check" (errors hidden), first measured on the rules of the day before the evening's rule round.
    /// dev3-set.json (evening): 30 subject-heavy passages by one more independent annotator, first measured on the evening's
    /// final rules; split "dev3" may be tuned on in a later round.
    /// check3-set.json (2026-11-24): 40 passages (185 tonnages) by one more annotator who saw neither the rules nor their
    /// docs and ran nothing on the texts; held out from the start (errors hidden), first measured on the rules of main before
    /// that day's rule round. dev4-set.json (2026-11-24): 40 passages (195 tonnages) by one more such annotator; may be
    /// tuned on (its errors are listed). dev4b-set.json (2026-11-24): the same 40 texts, tonnages only, annotated again by a
    /// second independent annotator who saw neither the first annotation nor the rules: split "dev4b" scores the rules
    /// against a second reading, and <see cref="Two_annotators_agree_on_most_tonnages"/> measures the annotators' own
    /// agreement. dev5-set.json (2026-11-24 afternoon): 40 passages (180 tonnages) by one more independent annotator, first
    /// measured before any rule was read against it; may be tuned on. dev6-set.json (2026-11-24 evening): 40 passages (185
    /// tonnages) by one more independent annotator, first measured before any rule was read against it; may be tuned on. dev7-set.json (2026-11-24 night): 40 passages (217
    /// tonnages) by one more independent annotator, first measured before any rule was read against it; may be tuned on.
    /// dev7b-set.json (2026-11-24, late night): dev7's texts, tonnages annotated again by a second independent annotator, as
    /// dev4b is for dev4. dev8-set.json (2026-11-24, late night): 40 passages (193 tonnages) by one more independent
    /// annotator, first measured before any rule was read against it; may be tuned on. dev9-set.json (2026-11-25, just after
    /// midnight): 40 passages (249 tonnages) by one more independent annotator, in shapes the earlier sets have little of
    /// (call transcripts, filings, news in brief, corrections, text tables, timelines), first measured before any rule was
    /// read against it; may be tuned on. dev10-set.json (2026-11-25, early morning): 40 passages (195 tonnages) by one more
    /// independent annotator, in further new shapes (Highlights bullets, USGS-style summaries, parliamentary answers, broker
    /// tables, live blogs, shipping reports, tenders), first measured before any rule was read against it; may be tuned on.
    /// dev11-set.json (2026-11-25, morning): 40 passages (189 tonnages) by one more independent annotator, in further new shapes
    /// (web tables pasted with pipes, monthly customs series, filings with defined terms, Chinese announcements with wan tonnes,
    /// think-tank scenarios, panel transcripts, technical abstracts, wire flashes, newsletters), first measured before any rule
    /// was read against it; may be tuned on. dev12-set.json (2026-11-25, mid-morning): 40 passages (259 tonnages) by one more
    /// independent annotator, mostly ordinary full-length news stories as analysts save them (background paragraphs, quotes,
    /// several companies and countries per story) from 25 outlets' house styles, first measured before any rule was read against
    /// it; may be tuned on. dev13-set.json (2026-11-25, late morning): 40 passages (210 tonnages) by one more independent
    /// annotator, ordinary news again with several parties per figure and changes written in tonnes, measured before any rule
    /// was read against it; may be tuned on. dev14-set.json (2026-11-25, midday): 40 passages (204 tonnages) by one more independent
    /// annotator, ordinary news with several companies and countries per story (takeovers, joint ventures, offtake chains, state
    /// financing, smuggling) set in places earlier sets touched less, measured before any rule was read against it; may be
    /// tuned on. dev15-set.json (2026-11-25, midday): 40 passages (272 tonnages) by one more independent annotator, text issued
    /// by companies and governments and news written from it, and price reports, measured before any rule was read against it;
    /// may be tuned on. A passage without "organisations", "countries" or "elements" is not scored on that kind.
    /// </summary>
    private static readonly string[] SetFiles = ["eval-set.json", "dev-set.json", "dev2-a.json", "dev2-b.json", "dev3-set.json", "dev4-set.json", "dev4b-set.json", "dev5-set.json", "dev6-set.json", "dev7-set.json", "dev7b-set.json", "dev8-set.json", "dev9-set.json", "dev10-set.json", "dev11-set.json", "dev12-set.json", "dev13-set.json", "dev14-set.json", "dev15-set.json", "check-set.json", "check2-set.json", "check3-set.json", "blind-set.json"];
    private const double RelativeTolerance = 1e-6;

    /// <summary>Every split, in the order the tables list them: tunable first, then the held-out ones.</summary>
    private static readonly string[] Splits = ["tune", "heldout", "dev", "dev2", "dev3", "dev4", "dev4b", "dev5", "dev6", "dev7", "dev7b", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13", "dev14", "dev15", "check", "check2", "check3", "blind"];

    /// <summary>Splits whose annotators wrote tonnages only (a second reading of another split's texts).</summary>
    private static readonly string[] TonnagesOnlySplits = ["dev4b", "dev7b"];

    /// <summary>Splits held out from tuning: their errors are hidden unless REW_SHOW_BLIND_ERRORS=1.</summary>
    private static readonly string[] HeldOutSplits = ["check", "check2", "check3", "blind"];

    private static readonly string[] Kinds =
        ["organisations", "candidates", "candidates with a designator", "organisations any", "countries", "elements", "tonnages", "tonnage measure", "tonnage period", "tonnage product", "tonnage subject", "tonnages exact"];

    /// <summary>Designator phrases (legal, sector, body, prefix roles of org-designators.csv) as token sequences.</summary>
    private static readonly Lazy<List<string[]>> DesignatorPhrases = new(() => Gazetteer.Load().OrganisationDesignators
        .Where(d => d.Role is "legal" or "sector" or "body" or "prefix")
        .Select(d => Tokenizer.Tokenize(d.Phrase).Select(t => t.Text).ToArray())
        .Where(t => t.Length > 0)
        .ToList());

    private static readonly Lazy<Dictionary<string, string>> BenchmarkBodies = new(LoadBenchmarkBodies);

    [Fact]
    public void Precision_and_recall_per_kind_are_above_the_floors()
    {
        var scores = new Dictionary<(string Split, string Kind), Score>();
        var errors = new StringBuilder();
        var hidden = new StringBuilder();
        var falseCountries = new Dictionary<string, (int Named, int InName, int Place)>();
        var fieldErrors = new Dictionary<(string Split, string Category), int>();
        var passages = SetFiles
            .Select(file => Path.Combine(TestFiles.RepositoryRoot, "tests", "RareEarthWatch.Extraction.Tests", "Entities", "Evaluation", file))
            .SelectMany(path => JsonDocument.Parse(File.ReadAllText(path)).RootElement.GetProperty("passages").EnumerateArray())
            .ToList();
        foreach (var passage in passages)
        {
            var split = passage.GetProperty("split").GetString()!;
            var id = passage.GetProperty("id").GetString()!;
            var text = passage.TryGetProperty("benchmark", out var key)
                ? BenchmarkBodies.Value[key.GetString()!]
                : passage.GetProperty("text").GetString()!;
            var result = TestFiles.Recognize(text);
            // The blind and check splits' individual errors stay hidden unless asked for, so nobody tunes on them by accident.
            var sink = HeldOutSplits.Contains(split) && Environment.GetEnvironmentVariable("REW_SHOW_BLIND_ERRORS") != "1" ? hidden : errors;
            if (passage.TryGetProperty("organisations", out _))
            {
                var (organisations, others) = ResolveAgainstReferenceData(Strings(passage, "organisations"), Strings(passage, "otherOrganisations"));
                Add(scores, sink, split, id, "organisations", organisations, result.Organisations.Select(o => o.Id));
                AddCandidates(scores, sink, split, id, text, others, result);
            }

            if (passage.TryGetProperty("countries", out _))
            {
                Add(scores, sink, split, id, "countries", Strings(passage, "countries"), result.Countries.Select(c => c.Code));
                CountFalseCountriesBySource(falseCountries, split, text, Strings(passage, "countries"), result);
            }

            if (passage.TryGetProperty("elements", out _))
            {
                Add(scores, sink, split, id, "elements", Strings(passage, "elements"), result.Elements.Select(e => e.Symbol));
            }

            AddTonnages(scores, fieldErrors, sink, split, id, passage.GetProperty("tonnages"), result.Tonnages);
        }

        var table = Table(scores) + Environment.NewLine + FalseCountriesTable(falseCountries) + Environment.NewLine + FieldErrorsTable(fieldErrors);
        output.WriteLine(table);
        output.WriteLine(errors.ToString());
        var report = Path.Combine(TestFiles.RepositoryRoot, "TestResults");
        Directory.CreateDirectory(report);
        File.WriteAllText(Path.Combine(report, "entities-evaluation.md"), table + Environment.NewLine + errors);

        foreach (var ((split, kind), score) in scores)
        {
            var (precisionFloor, recallFloor) = Floors[(split, kind)];
            score.Precision.Should().BeGreaterThanOrEqualTo(precisionFloor, $"{split} {kind} precision\n{table}\n{errors}");
            score.Recall.Should().BeGreaterThanOrEqualTo(recallFloor, $"{split} {kind} recall\n{table}\n{errors}");
        }
    }

    /// <summary>
    /// How far two careful annotators agree on one set's tonnages (dev4-set.json and dev4b-set.json; dev7-set.json and
    /// dev7b-set.json; each pair annotated independently under the same written conventions): the human ceiling for
    /// "tonnages exact". Figures are matched by value as in the
    /// evaluation, with a looser tolerance (0.1%) because two people convert short tons and pounds with different rounding;
    /// a pair agrees exactly when period, product and subject are equal. Every disagreement is written to
    /// TestResults/annotator-agreement-{split}.md. The floor is the measured agreement minus 0.02.
    /// </summary>
    [Theory]
    [InlineData("dev4", 0.87)]
    [InlineData("dev7", 0.92)]
    public void Two_annotators_agree_on_most_tonnages(string split, double floor)
    {
        var first = LoadPassages($"{split}-set.json");
        var second = LoadPassages($"{split}b-set.json").ToDictionary(p => p.GetProperty("id").GetString()!, StringComparer.Ordinal);
        int total = 0, matched = 0, exact = 0;
        var fields = new Dictionary<string, int>(StringComparer.Ordinal) { ["measure"] = 0, ["period"] = 0, ["product"] = 0, ["subject"] = 0 };
        var disagreements = new StringBuilder();
        foreach (var passage in first)
        {
            var id = passage.GetProperty("id").GetString()!;
            var others = second[id].GetProperty("tonnages").EnumerateArray().ToList();
            foreach (var tonnage in passage.GetProperty("tonnages").EnumerateArray())
            {
                total++;
                var other = others.FirstOrDefault(o => Near(Bound(o, "min"), Bound(tonnage, "min")) && Near(Bound(o, "max"), Bound(tonnage, "max")));
                if (other.ValueKind == JsonValueKind.Undefined)
                {
                    disagreements.AppendLine(CultureInfo.InvariantCulture, $"- {id} {Bound(tonnage, "min")}..{Bound(tonnage, "max")}: not annotated by the second annotator");
                    continue;
                }

                others.Remove(other);
                matched++;
                var differing = new List<string>();
                foreach (var field in fields.Keys.ToList())
                {
                    var a = Field(tonnage, field);
                    var b = Field(other, field);
                    if (string.Equals(a, b, StringComparison.OrdinalIgnoreCase))
                    {
                        fields[field]++;
                    }
                    else if (field != "measure")
                    {
                        differing.Add($"{field} {a ?? "null"} / {b ?? "null"}");
                    }
                }

                if (differing.Count == 0)
                {
                    exact++;
                }
                else
                {
                    disagreements.AppendLine(CultureInfo.InvariantCulture, $"- {id} {Bound(tonnage, "min")}..{Bound(tonnage, "max")}: {string.Join("; ", differing)}");
                }
            }

            foreach (var extra in others)
            {
                disagreements.AppendLine(CultureInfo.InvariantCulture, $"- {id} {Bound(extra, "min")}..{Bound(extra, "max")}: annotated by the second annotator only");
            }
        }

        var agreement = (double)exact / total;
        var report = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Two annotators on {split}'s {first.Count} texts: {total} tonnages by the first, {matched} matched by the second.")
            .AppendLine(CultureInfo.InvariantCulture, $"Exact agreement (period, product, subject): {exact} of {total} = {agreement:0.00}.")
            .AppendLine(string.Join(", ", fields.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Key} {(double)f.Value / matched:0.00}"))))
            .AppendLine()
            .AppendLine("Disagreements (first / second):")
            .Append(disagreements)
            .ToString();
        output.WriteLine(report);
        var folder = Path.Combine(TestFiles.RepositoryRoot, "TestResults");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, $"annotator-agreement-{split}.md"), report);
        agreement.Should().BeGreaterThanOrEqualTo(floor, report);

        static double? Bound(JsonElement tonnage, string name) =>
            tonnage.GetProperty(name).ValueKind == JsonValueKind.Null ? null : tonnage.GetProperty(name).GetDouble();

        static bool Near(double? a, double? b) => (a, b) switch
        {
            (null, null) => true,
            ({ } x, { } y) => Math.Abs(x - y) <= Math.Abs(y) * 1e-3,
            _ => false,
        };

        static string? Field(JsonElement tonnage, string name)
        {
            var value = tonnage.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null ? v.GetString() : null;
            return name == "subject" ? ResolveSubject(value) : value;
        }
    }

    private static List<JsonElement> LoadPassages(string file) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(TestFiles.RepositoryRoot, "tests", "RareEarthWatch.Extraction.Tests", "Entities", "Evaluation", file)))
            .RootElement.GetProperty("passages").EnumerateArray().ToList();

    private sealed class Score
    {
        public int TruePositives { get; set; }
        public int FalsePositives { get; set; }
        public int FalseNegatives { get; set; }
        public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);
        public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);
    }

    private static List<string> Strings(JsonElement passage, string property) =>
        passage.TryGetProperty(property, out var values) ? values.EnumerateArray().Select(e => e.GetString()!).ToList() : [];

    private static Dictionary<string, string> LoadBenchmarkBodies()
    {
        var path = Path.Combine(TestFiles.RepositoryRoot, "tests", "data", "extraction-benchmark", "ground-truth.json.gz");
        using var input = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var json = JsonDocument.Parse(input);
        return json.RootElement.EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.GetProperty("articleBody").GetString() ?? string.Empty, StringComparer.Ordinal);
    }

    /// <summary>
    /// The gold names organisations as they were when it was written: gazetteer ids, and the other organisations by
    /// their written forms. When the reference data grows, an "other" organisation whose written form is now a name or
    /// alias of a gazetteer organisation is scored as that organisation (found by the recogniser, not as a candidate);
    /// one that is now a news outlet, price reporter or research firm is left out, as the gold leaves sources out.
    /// </summary>
    private static (List<string> Organisations, List<string> Others) ResolveAgainstReferenceData(List<string> organisations, List<string> others)
    {
        var resolved = new List<string>(organisations);
        var left = new List<string>();
        foreach (var other in others)
        {
            var entry = other.Split('|').Select(f => f.Trim()).Select(f => ReferenceNames.Value.GetValueOrDefault(f)).FirstOrDefault(e => e is not null);
            if (entry is null)
            {
                left.Add(other);
            }
            else if (!entry.IsSourceKind && !resolved.Contains(entry.Id))
            {
                resolved.Add(entry.Id);
            }
        }

        return (resolved, left);
    }

    /// <summary>
    /// A gold subject written as an organisation's name (the annotator saw no gazetteer entry for it) is that entry's id,
    /// as for "otherOrganisations" above; ids and country codes are kept as written ("GE" is Georgia, not an alias).
    /// </summary>
    private static string? ResolveSubject(string? subject)
    {
        if (subject is null || KnownCodes.Value.Contains(subject))
        {
            return subject;
        }

        return ReferenceNames.Value.TryGetValue(subject, out var entry) && !entry.IsSourceKind ? entry.Id : subject;
    }

    /// <summary>The gazetteer's organisation ids and country codes.</summary>
    private static readonly Lazy<HashSet<string>> KnownCodes = new(() =>
    {
        var gazetteer = Gazetteer.Load();
        return [.. gazetteer.Organisations.Select(o => o.Id), .. gazetteer.Countries.Select(c => c.Code)];
    });

    /// <summary>Every canonical name and alias (safe or ambiguous) of the gazetteer's organisations; a name two organisations share is left out.</summary>
    private static readonly Lazy<Dictionary<string, OrganisationEntry>> ReferenceNames = new(() =>
    {
        var names = new Dictionary<string, OrganisationEntry?>(StringComparer.OrdinalIgnoreCase);
        foreach (var organisation in Gazetteer.Load().Organisations)
        {
            foreach (var name in organisation.Aliases.Concat(organisation.AmbiguousAliases).Prepend(organisation.Name))
            {
                names[name] = names.TryGetValue(name, out var existing) && existing is not null && existing.Id != organisation.Id ? null : organisation;
            }
        }

        return names.Where(n => n.Value is not null).ToDictionary(n => n.Key, n => n.Value!, StringComparer.OrdinalIgnoreCase);
    });

    /// <summary>
    /// Candidates against the organisations the gazetteer does not hold (each gold entry lists its written forms,
    /// '|'-separated): a candidate is right when its name or one of its evidence spans is one of the forms. "organisations
    /// any" pools gazetteer organisations and candidates: how many of all named organisations an analyst gets to see.
    /// </summary>
    private static void AddCandidates(
        Dictionary<(string, string), Score> scores, StringBuilder errors, string split, string id, string text, List<string> others, ArticleEntities result)
    {
        var score = Get(scores, split, "candidates");
        var designated = Get(scores, split, "candidates with a designator");
        var any = Get(scores, split, "organisations any");
        var gold = others
            .Select(g => g.Split('|').Select(f => f.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase))
            .ToList();
        var matched = new bool[gold.Count];
        foreach (var candidate in result.Candidates)
        {
            var forms = candidate.Evidence.Select(e => text.Substring(e.Start, e.Length)).Prepend(candidate.Name).ToList();
            var hit = gold.FindIndex(g => forms.Exists(f => g.Contains(f) || g.Any(form => NameKey(form) == NameKey(f))));
            if (hit >= 0 && !matched[hit])
            {
                matched[hit] = true;
                score.TruePositives++;
                designated.TruePositives += gold[hit].Any(HasDesignator) ? 1 : 0;
            }
            else if (hit < 0)
            {
                score.FalsePositives++;
                designated.FalsePositives += HasDesignator(candidate.Name) ? 1 : 0;
                errors.AppendLine(CultureInfo.InvariantCulture, $"- {id} candidates: spurious \"{candidate.Name}\"");
            }
        }

        for (var g = 0; g < gold.Count; g++)
        {
            if (!matched[g])
            {
                score.FalseNegatives++;
                designated.FalseNegatives += gold[g].Any(HasDesignator) ? 1 : 0;
                errors.AppendLine(CultureInfo.InvariantCulture, $"- {id} candidates: missed {gold[g].First()}");
            }
        }

        var organisations = Get(scores, split, "organisations");
        any.TruePositives = organisations.TruePositives + score.TruePositives;
        any.FalsePositives = organisations.FalsePositives + score.FalsePositives;
        any.FalseNegatives = organisations.FalseNegatives + score.FalseNegatives;
    }

    /// <summary>
    /// The written form carries a designator of org-designators.csv ("Ltd", "Rare Earths", "Commission", "Ministry of"):
    /// the names the issue lists. The "candidates with a designator" row scores gold names with such a form (recall) and
    /// spurious candidates whose name has one (precision).
    /// </summary>
    /// <summary>
    /// A name without its legal form and case ("Silver Basin Rare Earths, Inc." -> "silver basin rare earths"): annotators write
    /// an organisation's name with or without its legal form, and the recogniser keeps it as written; either is the same
    /// organisation. Only legal forms go: "Group", "Holdings" or "Company" stay part of a name.
    /// </summary>
    private static string NameKey(string name) => LegalForm.Replace(name.Trim(), string.Empty).Trim().TrimEnd(',', '.').Trim().ToLowerInvariant();

    private static readonly Regex LegalForm = new(
        @"(?:,?\s+(?:Inc|Ltd|Limited|LLC|L\.L\.C|LLP|Corp|Corporation|Co|plc|PLC|S\.A|SA|AG|GmbH|Pty|Sdn\s+Bhd|Bhd|N\.V|B\.V|JSC|PJSC)\.?)+$",
        RegexOptions.CultureInvariant);

    private static bool HasDesignator(string form)
    {
        var words = Tokenizer.Tokenize(form).Select(t => t.Text).ToList();
        foreach (var phrase in DesignatorPhrases.Value)
        {
            for (var i = 0; i + phrase.Length <= words.Count; i++)
            {
                if (char.IsUpper(words[i][0])
                    && phrase.Select((w, k) => string.Equals(words[i + k], w, StringComparison.OrdinalIgnoreCase)).All(x => x))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static Score Get(Dictionary<(string, string), Score> scores, string split, string kind)
    {
        if (!scores.TryGetValue((split, kind), out var score))
        {
            score = new Score();
            scores[(split, kind)] = score;
        }

        return score;
    }

    private static void Add(Dictionary<(string, string), Score> scores, StringBuilder errors, string split, string id, string kind, List<string> gold, IEnumerable<string> found)
    {
        var score = Get(scores, split, kind);
        var predicted = found.ToHashSet(StringComparer.Ordinal);
        foreach (var g in gold)
        {
            if (predicted.Remove(g))
            {
                score.TruePositives++;
            }
            else
            {
                score.FalseNegatives++;
                errors.AppendLine(CultureInfo.InvariantCulture, $"- {id} {kind}: missed {g}");
            }
        }

        foreach (var p in predicted)
        {
            score.FalsePositives++;
            errors.AppendLine(CultureInfo.InvariantCulture, $"- {id} {kind}: spurious {p}");
        }
    }

    private static void AddTonnages(Dictionary<(string, string), Score> scores, Dictionary<(string Split, string Category), int> fieldErrors, StringBuilder errors, string split, string id, JsonElement gold, IReadOnlyList<TonnageFact> found)
    {
        var score = Get(scores, split, "tonnages");
        var measure = Get(scores, split, "tonnage measure");
        var exact = Get(scores, split, "tonnages exact");
        var exactAnnotated = gold.EnumerateArray().Any(g => g.TryGetProperty("subject", out _) || g.TryGetProperty("period", out _));
        var remaining = found.ToList();
        foreach (var g in gold.EnumerateArray())
        {
            double? min = g.GetProperty("min").ValueKind == JsonValueKind.Null ? null : g.GetProperty("min").GetDouble();
            double? max = g.GetProperty("max").ValueKind == JsonValueKind.Null ? null : g.GetProperty("max").GetDouble();
            var match = remaining.FirstOrDefault(f => Close(f.Min, min) && Close(f.Max, max));
            if (match is null)
            {
                score.FalseNegatives++;
                exact.FalseNegatives += exactAnnotated ? 1 : 0;
                errors.AppendLine(CultureInfo.InvariantCulture, $"- {id} tonnages: missed {min}..{max}");
                continue;
            }

            remaining.Remove(match);
            score.TruePositives++;
            foreach (var (name, expected, actual) in ExactFields(g, match))
            {
                // Each annotated field on its own, over the matched figures: which part of "exact" goes wrong, in aggregate.
                var field = Get(scores, split, $"tonnage {name}");
                field.TruePositives += expected == actual ? 1 : 0;
                field.FalsePositives += expected == actual ? 0 : 1;
                field.FalseNegatives += expected == actual ? 0 : 1;
                if (expected != actual)
                {
                    var category = (split, $"{name}: {ErrorCategory(name, expected, actual)}");
                    fieldErrors[category] = fieldErrors.GetValueOrDefault(category) + 1;
                }
            }

            if (ExactFieldErrors(g, match) is { } wrong)
            {
                if (wrong.Length == 0)
                {
                    exact.TruePositives++;
                }
                else
                {
                    exact.FalsePositives++;
                    exact.FalseNegatives++;
                    errors.AppendLine(CultureInfo.InvariantCulture, $"- {id} tonnages exact: {min}..{max} {wrong}");
                }
            }

            var expectedMeasure = g.GetProperty("measure").GetString();
            if (match.Measure == expectedMeasure)
            {
                measure.TruePositives++;
            }
            else
            {
                measure.FalsePositives++;
                measure.FalseNegatives++;
                var category = (split, $"measure: {MeasureErrorCategory(expectedMeasure, match.Measure)}");
                fieldErrors[category] = fieldErrors.GetValueOrDefault(category) + 1;
                errors.AppendLine(CultureInfo.InvariantCulture, $"- {id} tonnage measure: {min}..{max} is {match.Measure}, expected {expectedMeasure}");
            }
        }

        foreach (var f in remaining)
        {
            score.FalsePositives++;
            exact.FalsePositives += exactAnnotated ? 1 : 0;
            errors.AppendLine(CultureInfo.InvariantCulture, $"- {id} tonnages: spurious {f.Min}..{f.Max} ({f.Evidence.Sentence})");
        }
    }

    /// <summary>
    /// Null when the gold tonnage annotates none of period, product and subject; else the fields that differ (empty when
    /// the fact is exactly right). Subject is the gazetteer id, ISO code, or a candidate's name.
    /// </summary>
    private static string? ExactFieldErrors(JsonElement gold, TonnageFact fact)
    {
        var fields = ExactFields(gold, fact);
        return fields.Count == 0
            ? null
            : string.Join("; ", fields.Where(f => f.Expected != f.Actual).Select(f => $"{f.Name} {f.Actual ?? "null"} (expected {f.Expected})"));
    }

    /// <summary>The period, product and subject the gold annotates, each with what the recogniser found.</summary>
    private static List<(string Name, string? Expected, string? Actual)> ExactFields(JsonElement gold, TonnageFact fact)
    {
        var fields = new List<(string Name, string? Expected, string? Actual)>();
        if (gold.TryGetProperty("period", out var period))
        {
            fields.Add(("period", period.GetString(), fact.Period));
        }

        if (gold.TryGetProperty("product", out var product))
        {
            fields.Add(("product", product.GetString(), fact.ProductId));
        }

        if (gold.TryGetProperty("subject", out var subject))
        {
            var expected = ResolveSubject(subject.GetString());
            var actual = fact.SubjectId ?? fact.SubjectName;
            // "Silver Basin Rare Earths, Inc." found, "Silver Basin Rare Earths" annotated: one organisation, with or without its legal form.
            fields.Add(("subject", expected, expected is not null && actual is not null && NameKey(expected) == NameKey(actual) ? expected : actual));
        }

        return fields;
    }

    private static bool Close(double? actual, double? expected) =>
        (actual, expected) switch
        {
            (null, null) => true,
            ({ } a, { } e) => Math.Abs(a - e) <= Math.Abs(e) * RelativeTolerance,
            _ => false,
        };

    /// <summary>
    /// Sorts each false country (found, not in the gold) by the words that gave it: its name, an alias, an abbreviation
    /// or a demonym written in running text; such words only inside a recognised organisation's or candidate's name
    /// ("Vietnam Rare Earth JSC"); or only a place (a dateline, a city, a capital, a state or province, "Western Australia"). The annotators' conventions leave out countries given only by a place, while the
    /// project counts datelines (as issue #5 asks) and states and provinces; the count shows how much of the precision
    /// gap is that convention. Aggregate counts only, so the held-out splits show no passage.
    /// </summary>
    private static void CountFalseCountriesBySource(Dictionary<string, (int Named, int InName, int Place)> counts, string split, string text, List<string> gold, ArticleEntities result)
    {
        var names = result.Organisations.SelectMany(o => o.Evidence).Concat(result.Candidates.SelectMany(c => c.Evidence)).ToList();
        foreach (var country in result.Countries.Where(c => !gold.Contains(c.Code)))
        {
            var entry = CountryEntries.Value[country.Code];
            var words = new HashSet<string>([entry.Name, .. entry.Aliases, .. entry.Abbreviations, .. entry.Demonyms], StringComparer.OrdinalIgnoreCase);
            var written = country.Evidence.Where(e => Names(text.Substring(e.Start, e.Length), words) && !InsideRegionName(text, e)).ToList();
            var (n, i, p) = counts.GetValueOrDefault(split);
            counts[split] = written.Count == 0 ? (n, i, p + 1)
                : written.All(e => names.Any(o => o.Start <= e.Start && e.Start + e.Length <= o.Start + o.Length)) ? (n, i + 1, p)
                : (n + 1, i, p);
        }

        static bool Names(string span, HashSet<string> words)
        {
            var written = span.Trim();
            written = written.EndsWith("'s", StringComparison.Ordinal) || written.EndsWith("\u2019s", StringComparison.Ordinal) ? written[..^2] : written;
            return words.Contains(written) || words.Any(w => written.StartsWith(w + "-", StringComparison.OrdinalIgnoreCase));
        }
    }

    /// <summary>Whether the span lies inside a state's or province's name written around it ("Australia" in "Western Australia").</summary>
    private static bool InsideRegionName(string text, Evidence span) =>
        RegionNames.Value.Any(region =>
        {
            for (var at = text.IndexOf(region, StringComparison.Ordinal); at >= 0; at = text.IndexOf(region, at + 1, StringComparison.Ordinal))
            {
                if (at <= span.Start && span.Start + span.Length <= at + region.Length)
                {
                    return true;
                }
            }

            return false;
        });

    private static readonly Lazy<List<string>> RegionNames = new(() => Gazetteer.Load().Regions.Select(r => r.Name).ToList());

    /// <summary>Each gazetteer organisation's parent id (null for none).</summary>
    private static readonly Lazy<Dictionary<string, string?>> Parents = new(() => Gazetteer.Load().Organisations.ToDictionary(o => o.Id, o => o.ParentId, StringComparer.Ordinal));

    private static readonly Lazy<Dictionary<string, CountryEntry>> CountryEntries = new(() => Gazetteer.Load().Countries.ToDictionary(c => c.Code, StringComparer.Ordinal));

    private static string FalseCountriesTable(Dictionary<string, (int Named, int InName, int Place)> counts)
    {
        var sb = new StringBuilder();
        sb.AppendLine("False countries by the words that gave them (no floor; a diagnostic of the annotators' conventions):");
        sb.AppendLine();
        sb.AppendLine("| split | name, alias or demonym in running text | only inside an organisation's name | only a place (dateline, city, capital, state) |");
        sb.AppendLine("|---|---|---|---|");
        foreach (var split in Splits.Except(TonnagesOnlySplits))
        {
            var (named, inName, place) = counts.GetValueOrDefault(split);
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {split} | {named} | {inName} | {place} |");
        }

        return sb.ToString();
    }

    /// <summary>
    /// What kind of mistake a wrong period, product or subject is, coarsely (no values): found nothing, found something
    /// where the gold has nothing, a rate against a window, a parent or unit of the expected company, and so on. Aggregate
    /// counts per split, so the held-out splits show where their errors lie without showing a passage.
    /// </summary>
    private static string ErrorCategory(string field, string? expected, string? actual)
    {
        if (actual is null || actual == "unknown")
        {
            return "none found";
        }

        if (expected is null)
        {
            return "one found where the gold has none";
        }

        return field switch
        {
            "period" when expected.StartsWith("per_year", StringComparison.Ordinal) && actual.StartsWith("per_year", StringComparison.Ordinal) => "per_year against per_year_implied",
            "period" when expected.StartsWith("per_", StringComparison.Ordinal) != actual.StartsWith("per_", StringComparison.Ordinal) => "a rate against a window or stock",
            "period" => "another rate or window",
            "subject" when IsCountry(expected) && IsCountry(actual) => "another country",
            "subject" when IsCountry(expected) => "an organisation where the gold has a country",
            "subject" when IsCountry(actual) => "a country where the gold has an organisation",
            "subject" when Related(expected, actual) => "the parent, a unit or a sister of the expected organisation",
            "subject" => "another organisation",
            _ => "another value",
        };

        static bool IsCountry(string code) => CountryEntries.Value.ContainsKey(code);

        static bool Related(string a, string b)
        {
            var lineA = Lineage(a);
            var lineB = Lineage(b);
            return lineA.Overlaps(lineB);
        }

        static HashSet<string> Lineage(string id)
        {
            var line = new HashSet<string>(StringComparer.Ordinal);
            for (var at = id; at is not null && line.Add(at); at = Parents.Value.GetValueOrDefault(at))
            {
            }

            return line;
        }
    }

    /// <summary>
    /// What kind of mistake a wrong measure is, coarsely: the measure found against the gold's, with the trade measures
    /// (export, import, shipment, offtake, sales) and the deposit measures (reserve, resource) each taken as one group.
    /// </summary>
    private static string MeasureErrorCategory(string? expected, string? actual)
    {
        var (e, a) = (Group(expected), Group(actual));
        return e == a ? $"another {e} measure" : $"{a} where the gold has {e}";

        static string Group(string? measure) => measure switch
        {
            "export" or "import" or "shipment" or "offtake" or "sales" => "trade",
            "reserve" or "resource" => "deposit",
            null => "none",
            _ => measure,
        };
    }

    private static string FieldErrorsTable(Dictionary<(string Split, string Category), int> counts)
    {
        var splits = Splits.Except(["tune", "heldout", "dev"]).ToArray();
        var sb = new StringBuilder();
        sb.AppendLine("Wrong tonnage fields by kind of mistake (matched figures; no floor):");
        sb.AppendLine();
        sb.AppendLine("| field: mistake | " + string.Join(" | ", splits) + " |");
        sb.AppendLine("|---|" + string.Concat(splits.Select(_ => "---|")));
        foreach (var category in counts.Keys.Select(k => k.Category).Distinct().Order(StringComparer.Ordinal))
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {category} | {string.Join(" | ", splits.Select(s => counts.GetValueOrDefault((s, category))))} |");
        }

        return sb.ToString();
    }

    private static string Table(Dictionary<(string Split, string Kind), Score> scores)
    {
        var sb = new StringBuilder();
        sb.AppendLine("| split | kind | TP | FP | FN | precision | recall |");
        sb.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var split in Splits)
        {
            foreach (var kind in Kinds)
            {
                if (scores.TryGetValue((split, kind), out var s))
                {
                    sb.AppendLine(CultureInfo.InvariantCulture, $"| {split} | {kind} | {s.TruePositives} | {s.FalsePositives} | {s.FalseNegatives} | {s.Precision:0.00} | {s.Recall:0.00} |");
                }
            }
        }

        return sb.ToString();
    }
}
