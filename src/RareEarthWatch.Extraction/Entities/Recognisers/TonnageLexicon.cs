using System.Collections.Frozen;
using RareEarthWatch.Extraction.Entities.Text;

namespace RareEarthWatch.Extraction.Entities.Recognisers;

/// <summary>
/// The English words the tonnage recogniser reads (docs/domain/tonnages.md): qualifiers, multipliers, units,
/// number words and the cue words of measures and periods. Language, not entities: no names live here.
/// </summary>
public static class TonnageLexicon
{
    /// <summary>Hedge words before a number and the qualifier they give (tonnages.md §4).</summary>
    public static FrozenDictionary<string, string> Qualifiers { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["about"] = "about", ["around"] = "about", ["approximately"] = "about", ["approx."] = "about",
        ["roughly"] = "about", ["some"] = "about", ["circa"] = "about", ["c."] = "about", ["an estimated"] = "about",
        ["estimated"] = "about", ["~"] = "about",
        ["nearly"] = "nearly", ["almost"] = "nearly", ["close to"] = "nearly", ["just under"] = "nearly",
        ["just shy of"] = "nearly",
        ["more than"] = "more_than", ["over"] = "more_than", ["above"] = "more_than", ["in excess of"] = "more_than",
        ["upwards of"] = "more_than", ["exceeding"] = "more_than", ["exceed"] = "more_than", ["exceeds"] = "more_than", ["north of"] = "more_than",
        ["at least"] = "at_least", ["no less than"] = "at_least", ["not less than"] = "at_least", ["a minimum of"] = "at_least",
        ["less than"] = "less_than", ["under"] = "less_than", ["below"] = "less_than", ["fewer than"] = "less_than",
        ["up to"] = "up_to", ["as much as"] = "up_to", ["as many as"] = "up_to", ["a maximum of"] = "up_to",
        ["at most"] = "up_to", ["no more than"] = "up_to", ["not more than"] = "up_to", ["not exceeding"] = "up_to",
        ["between"] = "none",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Multiplier words after a number.</summary>
    public static FrozenDictionary<string, double> Multipliers { get; } = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["thousand"] = 1e3, ["k"] = 1e3, ["'000"] = 1e3,
        ["million"] = 1e6, ["mln"] = 1e6, ["mn"] = 1e6, ["m"] = 1e6,
        ["billion"] = 1e9, ["bn"] = 1e9,
        ["lakh"] = 1e5, ["lakhs"] = 1e5, ["crore"] = 1e7, ["crores"] = 1e7,
        // Chinese state media write 万吨 as "wan tonnes" ("9.6 wan tonnes of REO" = 96,000 t) (measure35).
        ["wan"] = 1e4,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Numbers written as words.</summary>
    public static FrozenDictionary<string, double> NumberWords { get; } = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["half a"] = 0.5, ["a quarter of a"] = 0.25, ["a dozen"] = 12, ["a hundred"] = 100, ["a thousand"] = 1e3,
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15,
        ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70,
        ["eighty"] = 80, ["ninety"] = 90,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Vague quantities: kept as a mention with qualifier "vague" and no numbers.</summary>
    public static IReadOnlyList<string> VagueQuantities { get; } =
    [
        "tens of thousands of", "hundreds of thousands of", "a few hundred", "a few thousand", "several hundred",
        "several thousand", "hundreds of", "thousands of", "millions of",
    ];

    /// <summary>Currency words that make the following number money.</summary>
    public static FrozenSet<string> CurrencyWords { get; } = new[]
    {
        "Rs", "Rs.", "INR", "USD", "US$", "A$", "C$", "EUR", "GBP", "RMB", "CNY", "JPY", "yen", "yuan", "dollars", "euros",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that mark a measure (tonnages.md §6). The nearest one to the figure wins.</summary>
    public static FrozenDictionary<string, string> MeasureCues { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["capacity"] = Measures.Capacity, ["capacities"] = Measures.Capacity, ["nameplate"] = Measures.Capacity,
        ["establish"] = Measures.Capacity, ["establishing"] = Measures.Capacity, ["enable"] = Measures.Capacity,
        ["enabling"] = Measures.Capacity, ["process"] = Measures.Capacity, ["processes"] = Measures.Capacity,
        ["treat"] = Measures.Capacity, ["treats"] = Measures.Capacity, ["treating"] = Measures.Capacity, ["throughput"] = Measures.Capacity,
        ["expand"] = Measures.Capacity, ["expanded"] = Measures.Capacity, ["expanding"] = Measures.Capacity,
        ["expansion"] = Measures.Capacity, ["designed"] = Measures.Capacity,
        ["separate"] = Measures.Capacity, ["separates"] = Measures.Capacity,
        ["produce"] = Measures.Production, ["produces"] = Measures.Production, ["produced"] = Measures.Production,
        ["producing"] = Measures.Production, ["production"] = Measures.Production, ["output"] = Measures.Production,
        ["outputs"] = Measures.Production, ["yield"] = Measures.Production, ["yields"] = Measures.Production,
        ["yielding"] = Measures.Production, ["make"] = Measures.Production, ["makes"] = Measures.Production, ["made"] = Measures.Production,
        ["making"] = Measures.Production, ["manufacture"] = Measures.Production, ["manufactures"] = Measures.Production,
        ["recover"] = Measures.Production, ["recovers"] = Measures.Production, ["recovered"] = Measures.Production,
        ["recovering"] = Measures.Production,
        ["extract"] = Measures.Production, ["extracts"] = Measures.Production, ["extracted"] = Measures.Production,
        ["extracting"] = Measures.Production, // "start trial mining next summer, extracting 50,000 tonnes of ore"
        // "retrieved about 35 tonnes of rare-earth-rich mud from a depth of 5,700 metres in a trial", "dredged 20 tonnes of sediment":
        // material brought up from the seabed or ground is mined (§68).
        ["retrieved"] = Measures.Production, ["retrieve"] = Measures.Production, ["retrieves"] = Measures.Production,
        ["dredged"] = Measures.Production, ["dredge"] = Measures.Production, ["dredges"] = Measures.Production,
        ["export"] = Measures.Export, ["exports"] = Measures.Export, ["exported"] = Measures.Export, ["exporting"] = Measures.Export,
        ["exporters"] = Measures.Export,
        ["import"] = Measures.Import, ["imports"] = Measures.Import, ["imported"] = Measures.Import, ["importing"] = Measures.Import,
        ["importers"] = Measures.Import,
        // Trade-flow words of customs reports (§55): "re-exports to Vietnam stood at 390 tons", "arrivals from Laos fell to
        // 1,210 tons", "inbound cargoes reached 2,950 tons", "outbound shipments totalled 5,430 tons".
        ["re-export"] = Measures.Export, ["re-exports"] = Measures.Export, ["re-exported"] = Measures.Export,
        ["outbound"] = Measures.Export, ["inbound"] = Measures.Import, ["arrivals"] = Measures.Import,
        ["offtake"] = Measures.Offtake, ["take"] = Measures.Offtake, ["takes"] = Measures.Offtake,
        ["buy"] = Measures.Offtake, ["buys"] = Measures.Offtake,
        ["purchase"] = Measures.Offtake, ["purchases"] = Measures.Offtake,
        ["acquire"] = Measures.Offtake, ["acquires"] = Measures.Offtake, ["acquiring"] = Measures.Offtake, // "plans to acquire up to 1,000 short tons"
        ["purchasing"] = Measures.Offtake, ["buying"] = Measures.Offtake, ["offtakes"] = Measures.Offtake, ["supply"] = Measures.Offtake,
        ["supplies"] = Measures.Offtake, ["supplied"] = Measures.Sales /* what was delivered, no longer a contract */, ["supplying"] = Measures.Offtake,
        ["secure"] = Measures.Offtake, ["secures"] = Measures.Offtake, ["securing"] = Measures.Offtake,
        ["secured"] = Measures.Offtake,
        // "buyers, which together have committed to 3,200 tonnes a year": a commitment to a volume is a contracted purchase.
        ["committed"] = Measures.Offtake, ["commitment"] = Measures.Offtake, ["commitments"] = Measures.Offtake,
        // "the 600 tonnes a year the Danish company had ordered": what a buyer ordered is a contracted purchase (§44).
        ["ordered"] = Measures.Offtake,
        // "trader X booked 400 tonnes of NdPr oxide for delivery in the first quarter": a purchase contracted (§55).
        ["booked"] = Measures.Offtake,
        // "said orders in the pipeline totalled 1,800 tonnes": volumes customers have ordered (§61).
        ["orders"] = Measures.Offtake,
        ["processed"] = Measures.Other, ["treated"] = Measures.Other,
        // "aims to handle 2,000 t a year of feed": like "process"/"treat", what a plant can put through (§44); past "handled" is feed.
        ["handle"] = Measures.Capacity, ["handles"] = Measures.Capacity, ["handled"] = Measures.Other,
        ["converted"] = Measures.Other, ["converts"] = Measures.Other, ["converting"] = Measures.Other,
        ["recycled"] = Measures.Other, ["recycles"] = Measures.Other,
        ["ship"] = Measures.Shipment, ["ships"] = Measures.Shipment, ["shipped"] = Measures.Shipment, ["sent"] = Measures.Shipment,
        ["shipment"] = Measures.Shipment, ["shipments"] = Measures.Shipment, ["shipping"] = Measures.Shipment,
        ["ramped"] = Measures.Production, // "has ramped up to about 150 tonnes a month of carbonate"
        // "expects to ramp up to around 1,300 tonnes of concentrate per month by mid-2027": the output a ramp-up reaches (measure32).
        ["ramp"] = Measures.Production, ["ramps"] = Measures.Production, ["ramping"] = Measures.Production,

        ["sold"] = Measures.Sales, ["sell"] = Measures.Sales, ["sells"] = Measures.Sales, ["sales"] = Measures.Sales,
        ["selling"] = Measures.Sales, ["sale"] = Measures.Sales, // "offer up to 600 tonnes for sale", "after selling 410 tonnes"
        ["guidance"] = Measures.Production, ["guided"] = Measures.Production /* "You guided to 150 tonnes from Sumter this year" (dev9 K26) */, // "kept its guidance for FY26 at 12,500 tonnes": a producer's guidance is of its output
        ["dispatched"] = Measures.Sales, ["despatched"] = Measures.Sales,
        ["traded"] = Measures.Sales,
        // "the disposal of 500 tonnes of cerium compounds" from a state stockpile: sold off, like a release (§55, §61).
        ["disposal"] = Measures.Sales, ["disposals"] = Measures.Sales, ["disposed"] = Measures.Sales,
        ["quota"] = Measures.Quota, ["quotas"] = Measures.Quota, ["allocation"] = Measures.Quota,
        // "total quantity control indicators" (总量控制指标), the translated name of China's mining and separation quotas (measure35).
        ["indicator"] = Measures.Quota, ["indicators"] = Measures.Quota,
        ["allocations"] = Measures.Quota,
        // "China Rare Earth Group was allotted 33,600 tonnes": what a company is allotted is its share of a quota.
        ["allowance"] = Measures.Quota, ["allowances"] = Measures.Quota, // "received a mining allowance of 104,600 tonnes"
        ["allotted"] = Measures.Quota, ["alloted"] = Measures.Quota, ["allots"] = Measures.Quota,
        // Demand, not supply: "the EU consumed 16,000 tonnes", "expects to need 2,800 tonnes a year" (tonnages.md: other).
        ["consume"] = Measures.Other, ["consumes"] = Measures.Other, ["consumed"] = Measures.Other,
        // "about 7,500 tonnes of ore a day were already being fed through the flotation circuit": feed put through, other (§68).
        ["fed"] = Measures.Other,
        // "generated 48,000 tonnes of iron phosphate residue in the year": waste a plant gives off is other, not its output (product31).
        ["generated"] = Measures.Other, ["generates"] = Measures.Other, ["generate"] = Measures.Other,
        ["need"] = Measures.Other, ["needs"] = Measures.Other, ["needed"] = Measures.Other,
        ["require"] = Measures.Other, ["requires"] = Measures.Other, ["required"] = Measures.Other, // "would require 3,000 tonnes of magnets"
        ["consumption"] = Measures.Other, ["demand"] = Measures.Other,
        // A market balance, neither supply nor demand: "leaving a shortfall of about 8,000 tonnes", "a deficit of 2,000 t".
        ["shortfall"] = Measures.Other, ["deficit"] = Measures.Other, ["surplus"] = Measures.Other, ["oversupply"] = Measures.Other,
        // "its requirement for the year is 180 tonnes", "the country's requirements of 4,000 tonnes a year": demand (§55).
        ["requirement"] = Measures.Other, ["requirements"] = Measures.Other,
        ["use"] = Measures.Other, ["usage"] = Measures.Other, // "would cut its dysprosium use by about 40 tonnes a year" (§44)
        ["uses"] = Measures.Other, ["used"] = Measures.Other,
        // Enforcement, not trade: "customs seized 40 tonnes of smuggled oxide" (see SeizureWords).
        ["seized"] = Measures.Other, ["seize"] = Measures.Other, ["seizes"] = Measures.Other, ["seizure"] = Measures.Other,
        ["seizures"] = Measures.Other, ["confiscated"] = Measures.Other, ["detained"] = Measures.Other, ["intercepted"] = Measures.Other,
        ["reserve"] = Measures.Reserve, ["reserves"] = Measures.Reserve,
        ["resource"] = Measures.Resource, ["resources"] = Measures.Resource, ["host"] = Measures.Resource,
        ["hosts"] = Measures.Resource, ["contain"] = Measures.Resource, ["contains"] = Measures.Resource,
        ["deposit"] = Measures.Resource, ["deposits"] = Measures.Resource, // "the X deposit, holding 5.2 Mt of ore"
        ["discovery"] = Measures.Resource, ["discoveries"] = Measures.Resource, ["find"] = Measures.Resource,
        ["stockpile"] = Measures.Stockpile, ["stockpiles"] = Measures.Stockpile, ["stockpiled"] = Measures.Stockpile,
        ["stockpiling"] = Measures.Stockpile, ["stocks"] = Measures.Stockpile, // "held magnet stocks of about 60 tonnes" (§49)
        ["inventory"] = Measures.Stockpile, ["inventories"] = Measures.Stockpile,
        ["keeps"] = Measures.Stockpile, ["kept"] = Measures.Stockpile, ["stored"] = Measures.Stockpile,
        ["storage"] = Measures.Stockpile, ["warehouse"] = Measures.Stockpile, ["warehouses"] = Measures.Stockpile,
        ["deliver"] = Measures.Shipment, ["delivers"] = Measures.Shipment, ["delivered"] = Measures.Shipment,
        ["deliveries"] = Measures.Shipment,
        // "The bulk carrier Sea Lark loaded 12,000 tonnes of monazite concentrate at Port Louis": a cargo put aboard (measure34).
        ["loaded"] = Measures.Shipment,
        ["cargo"] = Measures.Shipment, ["cargoes"] = Measures.Shipment, ["consignment"] = Measures.Shipment,
        ["consignments"] = Measures.Shipment,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs that with "out" say goods were made: "turned out 64 tonnes", "churns out", "cranked out" (§49).</summary>
    public static FrozenSet<string> OutputPhrasalVerbs { get; } = new[]
    {
        "turn", "turns", "turned", "turning", "churn", "churns", "churned", "churning", "crank", "cranks", "cranked", "cranking",
        "pump", "pumps", "pumped", "pumping",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Present verbs of putting feed through a plant ("process", "treats", "handle"): capacity cues when the figure is a rate (§44).</summary>
    public static FrozenSet<string> ThroughputVerbs { get; } = new[] { "process", "processes", "treat", "treats", "handle", "handles" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Measure nouns that head a figure after them ("total capacity to 38,000 t", "nameplate output of 6,500 t/y"), §44.</summary>
    public static FrozenSet<string> FigureHeadNouns { get; } = new[]
    {
        "capacity", "capacities", "nameplate", "output", "outputs", "production", "throughput", "sales", "exports", "imports",
        "shipments", "offtake", "quota", "quotas", "reserves", "resource", "inventory", "inventories", "stockpile",
        "disposal", "disposals", "orders", // §61
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs of containing: after a reserve word ("reserves contain 1.1 Mt of TREO") they give a reserve, not a resource.</summary>
    public static FrozenSet<string> ContainVerbs { get; } = new[] { "contain", "contains", "containing", "host", "hosts" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Verbs of holding: with no other measure word in the clause, what a body of material holds is a resource ("The stacks
    /// hold about 35 million tonnes of gypsum"); a stockpile or reserve that holds it keeps its own measure ("The stockpile
    /// holds 100 t"), and what an agency or company holds is not read from the verb ("The agency already holds 550 tons").
    /// </summary>
    public static FrozenSet<string> HoldVerbs { get; } = new[] { "hold", "holds" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Bodies of waste or ore whose holding verb makes a resource ("The stacks hold", "the tailings dam holds").</summary>
    public static FrozenSet<string> MaterialBodies { get; } = new[]
    {
        "stack", "stacks", "dam", "dams", "dump", "dumps", "heap", "heaps", "pond", "ponds", "tailings", "pile", "piles",
        "impoundment", "impoundments", "lagoon", "lagoons",
        // "Coal ash accumulated across the country holds", "seabed mud off Okinotori holds", "the area holds an estimated N" (§68).
        "ash", "mud", "muds", "sediment", "sediments", "seabed", "seafloor", "slag", "slags", "residue", "residues", "area",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words before "mine" that make it the verb ("plans to mine 1.2 million tonnes", "will mine"): production.</summary>
    public static FrozenSet<string> MiningVerbLeads { get; } = new[] { "to", "will", "would", "could", "can", "may", "might", "should" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words right before "mined"/"mines" + a figure that make it a verb with a subject (§61): "it mined", "the company
    /// mined", "the country has mined" (not "ore mined", "mined material").</summary>
    public static FrozenSet<string> MinerSubjectWords { get; } = new[]
    {
        "it", "they", "which", "who", "company", "country", "miner", "group", "firm", "producer", "nation", "operator", "has", "have",
        "had", "also",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns that an adjectival figure sizes ("a 5,000-tonne plant" is a capacity, "a 1,000-tonne shipment" a shipment).</summary>
    public static FrozenDictionary<string, string> AdjectivalHeads { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["plant"] = Measures.Capacity, ["facility"] = Measures.Capacity, ["refinery"] = Measures.Capacity,
        ["factory"] = Measures.Capacity, ["mill"] = Measures.Capacity, ["line"] = Measures.Capacity,
        ["complex"] = Measures.Capacity, ["concentrator"] = Measures.Capacity, ["smelter"] = Measures.Capacity,
        ["base"] = Measures.Capacity, // "a 20,000-tonne production base": a plant in Chinese industry usage
        // "a 6,000-tonne-a-year magnet manufacturing scheme", "a 500-tonne recycling hub": the size of what is built (§44).
        ["hub"] = Measures.Capacity, ["scheme"] = Measures.Capacity, ["programme"] = Measures.Capacity, ["program"] = Measures.Capacity,
        ["unit"] = Measures.Capacity,
        // "will not hit its 5,000-tonne design rate before 2028", "a 3,000-tonne design capacity": what a plant was built for (dev9 K09).
        ["design"] = Measures.Capacity,
        // "offtake of a planned 10,000 tonne-per-year concentrate product": the yearly output the product stream is (§55).
        ["product"] = Measures.Production,
        ["shipment"] = Measures.Shipment, ["cargo"] = Measures.Shipment, ["consignment"] = Measures.Shipment,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that end the noun phrase after an adjectival figure: a verb or preposition ("287,500 tonnes were in line").</summary>
    public static FrozenSet<string> AdjectivalStopWords { get; } = new[]
    {
        "was", "were", "is", "are", "be", "been", "will", "would", "in", "on", "at", "by", "to", "from", "for", "with", "into",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Hedge words between "plant of" and the figure ("a plant of at least 2,000 tonnes a year").</summary>
    public static FrozenSet<string> PlantSizeHedges { get; } = new[]
    {
        "about", "around", "some", "roughly", "approximately", "nearly", "at", "least", "up", "to", "over", "more", "than", "an", "estimated",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that stop the search for a tonnage's material after the unit.</summary>
    public static FrozenSet<string> MaterialStopWords { get; } = new[]
    {
        "to", "from", "for", "by", "with", "which", "that", "at", "grading", "averaging", "and", "or", "but", "while", "valued", "once", "when", "because", "if", "unless", "until", "after", "before",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Words naming a group of the rare earths ("heavy and light oxides"): joined by "and"/"or" they are two modifiers of one
    /// material, so the material window of a figure reads on past the "and" to the material word.
    /// </summary>
    public static FrozenSet<string> GroupAdjectives { get; } = new[]
    {
        "heavy", "light", "medium", "middle",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs that make a kilogram or gram figure a per-unit intensity ("each motor uses 1 kg").</summary>
    public static FrozenSet<string> IntensityVerbs { get; } = new[]
    {
        "use", "uses", "need", "needs", "require", "requires", "contains", "consume", "consumes",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>"$860 per kg", "yuan per tonne", "grams per tonne": "per" a unit of mass is a price or a grade, not an intensity.</summary>
    public static FrozenSet<string> PerMassUnits { get; } = new[]
    {
        "kg", "kilogram", "kilo", "g", "gram", "t", "tonne", "ton", "mt", "lb", "pound", "ounce", "oz",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Past-tense words: output reported in the past tense without a window is a completed year's amount.</summary>
    public static FrozenSet<string> PastTense { get; } = new[]
    {
        "was", "were", "produced", "exported", "imported", "sold", "rose", "fell", "increased", "decreased", "grew",
        "reached", "totalled", "totaled", "dropped", "climbed", "jumped", "declined", "shipped", "sent", "delivered", "accounted",
        // "Shipments to the United States recovered to 611 tons" after a month's figure (§53)
        "recovered", "rebounded", "slumped", "slid", "slipped", "dipped", "surged", "plunged", "tumbled", "soared", "rallied",
        // irregular past forms of reporting verbs ("Lynas made 2,100 tonnes", "Output came in at 1,450 tonnes", "Exports hit")
        "made", "came", "hit", "stood", "took", "saw", "brought", "ran", "dug", "won",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Words ending in "-ed" that are not a completed action when they stand before a figure: plans and forecasts ("expected
    /// to reach 5,000 t", "planned 3,000 t"), limits and prices ("capped at", "priced at"), descriptions ("based in").
    /// </summary>
    public static FrozenSet<string> NotPastVerbs { get; } = new[]
    {
        "expected", "planned", "estimated", "projected", "targeted", "proposed", "scheduled", "intended", "forecasted",
        "predicted", "anticipated", "budgeted", "guided", "slated", "aimed", "limited", "capped", "priced", "valued", "based",
        "listed", "related", "owned", "backed", "controlled", "needed", "required", "designed", "licensed", "permitted", "allowed",
        "rated", "sized", "named", "called", "dubbed", "hoped", "wanted", "tipped",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that may stand between a past verb and its figure ("refined 3,400 t", "came in at about 1,450 t").</summary>
    public static FrozenSet<string> BeforeFigureWords { get; } = new[]
    {
        "in", "at", "to", "up", "down", "about", "around", "roughly", "some", "nearly", "almost", "over", "more", "less", "than",
        "just", "under", "only", "a", "an", "record", "total", "of", "approximately", "estimated", "output", "production", "sales",
        "exports", "imports", "shipments", "volumes",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// True when the words report something done: a past-tense word of <see cref="PastTense"/>, or a regular "-ed" verb
    /// followed, perhaps after a few words such as "at", "about" or "a record", by a number ("Shenghe refined 3,400
    /// tonnes", "Mkango mined 2,200 tonnes", "Sales amounted to 4,300 tonnes"). An "-ed" word before a noun is an
    /// adjective ("separated oxide", "mixed carbonate") and does not count, nor do the words of <see cref="NotPastVerbs"/>.
    /// </summary>
    public static bool InPastTense(List<Token> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var text = words[i].Text;
            if (PastTense.Contains(text))
            {
                return true;
            }

            if (text.Length < 5 || !text.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || !char.IsLower(text[0]) || NotPastVerbs.Contains(text))
            {
                continue;
            }

            for (var j = i + 1; j < words.Count && j <= i + 4; j++)
            {
                if (char.IsAsciiDigit(words[j].Text[0]))
                {
                    return true;
                }

                if (!BeforeFigureWords.Contains(words[j].Text))
                {
                    break;
                }
            }
        }

        return false;
    }

    /// <summary>Machines and products one of which uses a rare-earth amount ("a 15 MW offshore turbine needs 9 tonnes", §53).</summary>
    public static FrozenSet<string> UnitNouns { get; } = new[]
    {
        "turbine", "motor", "vehicle", "car", "EV", "generator", "jet", "fighter", "aircraft", "submarine", "destroyer", "robot",
        "smartphone", "phone", "scooter", "bike", "truck", "bus", "drone", "missile", "scanner",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs of a deal done ("sold 50 tonnes of dysprosium oxide at 1,720 yuan per kg"): with a price, one lot.</summary>
    public static FrozenSet<string> DealVerbs { get; } = new[]
    {
        "sold", "bought", "purchased", "sells", "buys", "sell", "buy", "purchase", "purchases", "traded",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Things bought and sold that are not material: a deal verb before one is a deal in assets ("sold the project").</summary>
    public static FrozenSet<string> AssetNouns { get; } = new[]
    {
        "project", "projects", "mine", "mines", "asset", "assets", "stake", "interest", "company", "business", "deposit", "licence",
        "license", "subsidiary", "unit", "shares", "operation", "operations", "tenement", "tenements", "division", "refinery",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs of using up material ("the company used 3.1 million pounds of NdPr metal"): what is named is a feed, not an output.</summary>
    public static FrozenSet<string> ConsumptionVerbs { get; } = new[]
    {
        "use", "uses", "used", "consume", "consumes", "consumed", "need", "needs", "needed", "require", "requires", "required",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Past-tense verbs of feed put through a plant ("processed 18,600 t of ore"): reported for the article's window.</summary>
    public static FrozenSet<string> PastFeedVerbs { get; } = new[] { "processed", "treated", "recycled", "consumed" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Present-tense words: an ongoing rate ("currently produces", "yielding") with the year implied.</summary>
    public static FrozenSet<string> PresentTense { get; } = new[]
    {
        "produces", "producing", "yields", "yielding", "makes", "making", "currently", "outputs",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Words that make a following production verb a capacity ("can produce", "is able to produce", "capable of producing"):
    /// what a plant could make, not what it made.
    /// </summary>
    public static FrozenSet<string> CapacityModals { get; } = new[] { "can", "able", "capable" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Adjectives a few words before a figure that make it a capacity ("able to deliver up to 800 tonnes").</summary>
    public static FrozenSet<string> CapacityAdjectives { get; } = new[] { "able", "capable" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Prepositions before a country that make it a destination or an origin ("shipments to the United States"), not the subject.</summary>
    public static FrozenSet<string> RoutePrepositions { get; } = new[] { "to", "from", "into" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs of saying: an organisation right before one is the speaker, not the subject of the figure.</summary>
    public static FrozenSet<string> SpeechVerbs { get; } = new[]
    {
        "said", "says", "say", "told", "tells", "reported", "reports", "noted", "added", "stated", "announced", "expects", "expected",
        "estimates", "forecasts", "predicts", "believes", "showed", "showing", "shows", "saying",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Pronouns after a speech verb that refer back to the speaker ("X said it had signed ..."): X stays the subject.</summary>
    public static FrozenSet<string> SpeakerPronouns { get; } = new[] { "it", "its", "they", "their" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Heads of an anaphor that refers to the article's main organisation ("The company", "the miner").</summary>
    public static FrozenSet<string> OrganisationAnaphors { get; } = new[]
    {
        "company", "firm", "miner", "group", "producer", "refiner", "maker", "manufacturer", "corporation", "venture",
        "business", "plant", "mine", "project", "facility", "operation", "unit", "subsidiary", "refinery", "deposit",
        "smelter", "site", "agency", "recycler", "developer", "explorer", "processor",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns of a company left unnamed after a demonym ("a German automaker", "a Japanese buyer").</summary>
    public static FrozenSet<string> UnnamedCompanyNouns { get; } = OrganisationAnaphors
        .Concat(["automaker", "carmaker", "buyer", "customer", "trader", "utility"])
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Words that make the figure a world or market total ("World mine production rose to ...", "Global output reached ..."):
    /// with no organisation or country after them and before the figure, the figure has no company or country subject.
    /// </summary>
    public static FrozenSet<string> WorldWords { get; } = new[] { "world", "global", "worldwide", "globally" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Regions that are no country, which make a figure a market total when they qualify a market word ("European demand for
    /// NdFeB magnets to reach 40,000 tonnes", "Asian consumption"): like a world word, nobody's figure.
    /// </summary>
    public static FrozenSet<string> RegionWords { get; } = new[] { "European", "Asian", "African", "Western", "regional", "ex-China" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Continents that can be a sentence's subject ("Europe collects 5,000 t of scrap a year"): no country, no company.</summary>
    public static FrozenSet<string> RegionNouns { get; } = new[] { "Europe", "Asia", "Africa", "Oceania" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words of a market's size, which a region word turns into a market total.</summary>
    public static FrozenSet<string> MarketWords { get; } = new[] { "demand", "consumption", "market", "markets", "usage", "use" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that open a parallel clause with its own subject ("..., while MP Materials produced 1,300 tonnes").</summary>
    public static FrozenSet<string> ParallelClauseWords { get; } = new[] { "while", "whereas", "whilst", "leaving", ";" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words of a contract: "signed a deal to sell 1,000 tonnes a year" is an offtake, not a sale made.</summary>
    public static FrozenSet<string> ContractWords { get; } = new[]
    {
        "deal", "agreement", "contract", "offtake", "accord", "deals", "agreements", "contracts", "offtakes", "accords", "arrangement",
        "arrangements",
    }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs of a market report of trade done: "traders reported deals for 300 tonnes" (a spot trade, not a contract).</summary>
    public static FrozenSet<string> TradeReportVerbs { get; } = new[] { "reported", "heard" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Delivery verbs that a contract before them turns into an offtake ("signed agreements to deliver 600 tonnes").</summary>
    public static FrozenSet<string> AgreedDeliveryVerbs { get; } = new[] { "deliver", "delivers", "ship", "ships" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Capitalised words that open a sentence without naming anything ("The", "Separately"): never an asset's name.</summary>
    public static FrozenSet<string> NoiseOpeners { get; } = new[]
    {
        "The", "This", "That", "These", "Those", "It", "Its", "In", "On", "At", "By", "For", "From", "Separately", "Meanwhile",
        "However", "Analysts", "Traders", "Officials",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that send a shipment or sale out of the country ("shipped 1,850 tonnes abroad"): an export.</summary>
    public static FrozenSet<string> AbroadWords { get; } = new[] { "abroad", "overseas" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Purchase verbs among the offtake cues: a purchase in a sentence about a stockpile adds to the stockpile.</summary>
    public static FrozenSet<string> PurchaseVerbs { get; } = new[] { "buy", "buys", "buying", "bought", "purchase", "purchases", "purchasing", "purchased",
        "acquire", "acquires", "acquiring", "take", "acquisition", "acquisitions",
        "accumulate", "accumulates", "accumulating" /* a plan to build a stock up; "has accumulated 1 Mt" is the stock */ }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Demand words that, counted in days or months ("60 days of consumption"), give the size of a stock.</summary>
    public static FrozenSet<string> StockDurationDemandWords { get; } = new[] { "consumption", "demand", "imports", "use", "usage", "needs" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Units of time a stock is counted in ("60 days of consumption", "3 months of demand").</summary>
    public static FrozenSet<string> StockDurationUnits { get; } = new[] { "days", "weeks", "months" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that follow a verb, not a noun it describes ("recycled in 2025", "recycled last year", "recycled and sold").</summary>
    public static FrozenSet<string> WordsAfterAVerb { get; } = new[]
    {
        "in", "at", "by", "from", "during", "last", "this", "since", "into", "for", "and", "or", "per", "a", "the", "its", "their", "so",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words before "reserve" that make it a government stockpile ("strategic reserve"), not a mineral reserve.</summary>
    // "lifting the state reserve to 2,100 tons" (§55).
    public static FrozenSet<string> StockpileReserveWords { get; } = new[] { "strategic", "state", "government" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs of a market trade ("80 t traded in the spot market"; "changed hands" is read as a phrase): one sale, one_off.</summary>
    public static FrozenSet<string> TradeVerbs { get; } = new[] { "traded" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs after which a country receives another's exports ("Japan received 1,020 tons of the total"): a destination.</summary>
    public static FrozenSet<string> RecipientVerbs { get; } = new[] { "received", "receives", "took", "takes", "absorbed" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Other traded commodities, which rare-earth news names beside its own (mineral-sands co-products, base, battery and
    /// precious metals, the other minerals under export control): "42,000 tonnes of zircon-rutile concentrate", "iron ore".
    /// </summary>
    private static readonly string[] OtherCommodityWords =
    [
        "zircon", "zirconium", "rutile", "ilmenite", "leucoxene", "titanium", "sillimanite", "kyanite", "garnet", "staurolite",
        "spodumene", "lithium", "graphite", "copper",
        "iron", "nickel", "cobalt", "zinc", "gold", "silver", "platinum", "palladium", "bauxite", "alumina", "aluminium",
        "aluminum", "uranium", "U3O8", "yellowcake", "manganese", "chromite", "potash", "fluorspar", "tungsten", "molybdenum", "vanadium",
        "niobium", "tantalum", "tin", "gallium", "germanium", "antimony", "magnesium", "polysilicon", "oil", "crude",
        // Minor metals recovered from zinc and copper residues ("recovers about 30 tons a year of indium and germanium", dev13 Q13;
        // measure37).
        "indium", "tellurium", "bismuth", "hafnium", "rhenium", "selenium", "cadmium", "beryllium",
        // Ferroalloys of those metals, which tin, niobium and steel-alloy miners report beside a rare-earth by-product
        // ("600 tonnes of ferroniobium"); ferrocerium is a rare-earth alloy and not listed.
        "ferroniobium", "ferro-niobium", "ferrovanadium", "ferro-vanadium", "ferrochrome", "ferrochromium", "ferromanganese",
        "ferrosilicon", "ferrotitanium", "ferrotungsten", "ferromolybdenum", "ferronickel", "silicomanganese",
        // Co-products of phosphate-hosted rare earths ("400,000 tonnes a year of phosphate fertiliser and 30,000 tonnes of fluorine
        // chemicals", "60 tonnes of phosphorus pentoxide") (product26).
        "fertiliser", "fertilisers", "fertilizer", "fertilizers", "phosphorus", "fluorine",
    ];

    /// <summary>
    /// Masses that are not of rare-earth material ("contains 40,000 tonnes of process water", "zircon sand sales of 62 kt"):
    /// reagents, fuel and other inputs, and the <see cref="OtherCommodities"/>. Such a figure is other, with no product.
    /// </summary>
    public static FrozenSet<string> ForeignMaterials { get; } = new[]
    {
        "water", "diesel", "fuel", "acid", "cement", "concrete", "steel", "explosives", "reagents", "reagent", "emissions",
        "CO2", "coal", "grain", "wheat", "food", "payload",
        // Reagents named by their cation ("sodium carbonate", "ammonium bicarbonate").
        "sodium", "calcium", "potassium", "ammonium",
    }.Concat(OtherCommodityWords).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The part of <see cref="ForeignMaterials"/> that names another traded commodity: a figure whose own material is one of
    /// these is no rare-earth fact at all, and the annotators leave it out ("zircon sand sales of 62 kt", "ships 27 million
    /// tonnes of iron ore"); water and fuel stay `other` facts (§74), chemical reagents are left out (<see cref="Reagents"/>).
    /// </summary>
    public static FrozenSet<string> OtherCommodities { get; } = OtherCommodityWords.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The chemical reagents of <see cref="ForeignMaterials"/>: "Each tonne of oxide requires roughly 7 to 8 tonnes of ammonium
    /// sulphate", "0.9 tonnes of sulphuric acid", "would consume 45,000 tonnes of ammonium sulphate a year". Every set leaves them
    /// out (dev4 E19, dev7 H15 and H36, dev11 M22), like another commodity; process water, fuel and the rest stay `other` facts
    /// (tune U05 "40,000 tonnes of process water") (measure36).
    /// </summary>
    public static FrozenSet<string> Reagents { get; } = new[]
    {
        "acid", "reagent", "reagents", "sodium", "calcium", "potassium", "ammonium",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Bodies of waste a commodity word may qualify ("zircon tailings", "copper slag", "iron ore residues"): rare earths are
    /// recovered from them, so such a mass is not left out as another commodity.
    /// </summary>
    public static FrozenSet<string> WasteBodies { get; } = new[]
    {
        "tailings", "tailing", "residue", "residues", "slag", "slags", "waste", "wastes", "sludge", "ash", "mud", "dumps", "dump",
        "overburden", "gypsum", "phosphogypsum", "by-product", "by-products", "byproduct", "byproducts", "stockpiles",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that may stand between another commodity and the measure it heads ("iron ore exports", "copper concentrate output").</summary>
    public static FrozenSet<string> CommodityHeadWords { get; } = new[] { "ore", "ores", "concentrate", "concentrates", "metal", "sand", "sands", "mine", "mines", "mining" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words of a seizure by the authorities: the figure is other, and a state body's seizure is its country's.</summary>
    public static FrozenSet<string> SeizureWords { get; } = new[]
    {
        "seized", "seize", "seizes", "seizure", "seizures", "confiscated", "detained", "intercepted",
        // "have handled 58 rare earth smuggling cases so far this year, involving 1,160 tonnes" (subject37, dev14 R14)
        "smuggling",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Seizure verbs of one event ("seized 41.7 tonnes"): one_off, unless the figure is a running total.</summary>
    public static FrozenSet<string> SeizureEvents { get; } = new[] { "seized", "confiscated", "detained", "intercepted" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Heads of an anaphor that refers to the article's main country.</summary>
    public static FrozenSet<string> CountryAnaphors { get; } = new[] { "country", "nation" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}

/// <summary>The measure vocabulary of <see cref="TonnageFact.Measure"/>.</summary>
public static class Measures
{
    public const string Capacity = "capacity";
    public const string Production = "production";
    public const string Export = "export";
    public const string Import = "import";
    public const string Offtake = "offtake";
    public const string Shipment = "shipment";
    public const string Sales = "sales";
    public const string Quota = "quota";
    public const string Reserve = "reserve";
    public const string Resource = "resource";
    public const string Stockpile = "stockpile";
    public const string Intensity = "intensity";
    public const string Other = "other";
}

/// <summary>The period vocabulary of <see cref="TonnageFact.Period"/> (as in tonnage-examples.csv).</summary>
public static class Periods
{
    public const string PerYear = "per_year";
    public const string PerYearImplied = "per_year_implied";
    public const string PerQuarter = "per_quarter";
    public const string PerDay = "per_day";
    public const string PerUnit = "per_unit";
    public const string Year = "year";
    public const string HalfYear = "half_year";
    public const string Month = "month";
    public const string OneOff = "one_off";
    public const string Cumulative = "cumulative";
    public const string None = "none";
    public const string Unknown = "unknown";
}
