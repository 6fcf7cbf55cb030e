namespace RareEarthWatch.Extraction.Entities.Recognisers;

/// <summary>The tunable numbers of the tonnage heuristics, named (docs/entities.md explains each).</summary>
public sealed record TonnageOptions
{
    public static TonnageOptions Default { get; } = new();

    /// <summary>How many words after the unit are searched for the material ("tonnes of integrated ... magnets").</summary>
    public int MaterialWindowWords { get; init; } = 8;

    /// <summary>How many words after an adjectival figure are searched for the noun it sizes ("5,000-ton Oklahoma magnet facility").</summary>
    public int AdjectivalHeadWords { get; init; } = 4;

    /// <summary>A production word this close after a capacity word is part of "capacity to produce".</summary>
    public int CapacityCompoundWords { get; init; } = 3;

    /// <summary>Most words from the figure to "under" and from "under" to a contract word ("3,800 t of that output under binding offtake").</summary>
    public int UnderContractWords { get; init; } = 6;

    /// <summary>Most words between "able"/"capable" and the figure for it to make a capacity ("able to deliver up to 800 t").</summary>
    public int CapacityModalWords { get; init; } = 6;

    /// <summary>Characters before a number searched for a qualifier ("an estimated", "more than").</summary>
    public int QualifierLookbackChars { get; init; } = 40;

    /// <summary>
    /// MTPA/mtpa is million tonnes a year in mining usage but metric tonnes a year in Indian government usage:
    /// read it as million only for a figure below this, and only for ore-like or unnamed material (tonnages.md §2.1).
    /// </summary>
    public double MtpaMillionBelow { get; init; } = 100;

    /// <summary>Most words from a speech verb to the organisation it introduces ("said on Monday that Y ...").</summary>
    public int SpeakerClauseWords { get; init; } = 5;

    /// <summary>Most words between the first organisation and a speech verb ("X chief executive Jane Doe said Y will ...").</summary>
    public int SpeakerTitleWords { get; init; } = 5;

    /// <summary>
    /// Organisation kinds (companies.csv) that announce national figures: a quota, export or import figure whose subject is
    /// one of them is about the body's country ("China's industry ministry set the quota at ..." is China's quota).
    /// </summary>
    public IReadOnlySet<string> StateBodyKinds { get; init; } = new HashSet<string>(StringComparer.Ordinal) { "ministry", "state agency" };

    /// <summary>
    /// Measures that a state body announces for its country (see <see cref="StateBodyKinds"/>): quotas, trade, and (round 4)
    /// reserves and resources ("the directorate has established resources of ..."); not what a body buys, holds or ships.
    /// </summary>
    public IReadOnlySet<string> NationalMeasures { get; init; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Measures.Quota, Measures.Export, Measures.Import, Measures.Reserve, Measures.Resource,
    };

    /// <summary>Kinds that never operate plants themselves: their capacity, output and consumption figures are national too.</summary>
    public IReadOnlySet<string> PolicyBodyKinds { get; init; } = new HashSet<string>(StringComparer.Ordinal) { "ministry" };

    /// <summary>
    /// Measures a ministry announces for its country besides <see cref="NationalMeasures"/> ("the ministry's scheme aims to
    /// build 6,000 MTPA of magnet capacity" → the country); a state agency may run a plant itself, so not for agencies.
    /// </summary>
    public IReadOnlySet<string> PolicyMeasures { get; init; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Measures.Capacity, Measures.Production, Measures.Other,
    };

    /// <summary>Reserves of "rare earths" are stated in REO equivalent (USGS convention, tonnages.md T17).</summary>
    public string ReserveGroupTermBasis { get; init; } = "REO";

    /// <summary>Basis when the text does not state one.</summary>
    public string UnspecifiedBasis { get; init; } = "unspecified";
}
