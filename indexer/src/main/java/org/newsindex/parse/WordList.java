package org.newsindex.parse;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The fixed word lists the attribution rules consult, all in lower case.
 *
 * <p>The rules ask of most words whether they are on one list or another, several times over. So
 * that each word costs one look-up, {@link Token} asks once which lists its lower-case form is on
 * ({@link #listsOf}) and keeps the answer as a set of bits; the rules then test bits.
 */
enum WordList {

  /** Titles of men, which tell "he" who is meant. */
  MALE_TITLE(
      "mr", "sir", "lord", "king", "prince", "father", "brother", "sheikh", "baron", "duke", "earl"),

  /** Titles of women, which tell "she" who is meant. */
  FEMALE_TITLE(
      "mrs", "ms", "miss", "lady", "dame", "queen", "princess", "sister", "baroness", "duchess",
      "madam"),

  /**
   * Common men's first names, a hint for "he" and "she" when no Mr or Mrs says who is who. A small
   * list: an unknown first name leaves the gender open, which only makes a pronoun less picky.
   */
  MALE_FIRST_NAME(
      "john", "james", "david", "michael", "robert", "william", "richard", "thomas", "charles",
      "peter", "paul", "mark", "george", "steven", "stephen", "andrew", "tony", "gordon", "alan",
      "ian", "simon", "chris", "christopher", "matthew", "daniel", "martin", "brian", "kevin",
      "jack", "tom", "tim", "nick", "nicholas", "jonathan", "jon", "mike", "bill", "bob", "jim",
      "joe", "joseph", "edward", "henry", "frank", "graham", "neil", "keith", "roger", "colin",
      "gary", "sean", "patrick", "philip", "phil", "greg", "adam", "alex", "alexander", "ben",
      "sam", "sergei", "dmitry", "vladimir", "jacques", "jean", "pierre", "carlos", "jose",
      "juan", "luis", "hans", "karl", "rex", "donald", "barack", "gerhard", "silvio", "ken",
      "kenneth", "larry", "steve", "howard", "charlie", "eric", "derek", "dennis", "ray",
      "raymond", "roy", "stuart", "ross", "ron", "ronald", "jeff", "jeffrey", "scott"),

  /** Common women's first names; see {@link #MALE_FIRST_NAME}. */
  FEMALE_FIRST_NAME(
      "mary", "elizabeth", "sarah", "jane", "anne", "ann", "susan", "margaret", "helen", "patricia",
      "linda", "barbara", "jennifer", "karen", "nancy", "lisa", "emma", "kate", "catherine",
      "katherine", "claire", "clare", "julie", "julia", "rachel", "ruth", "laura", "lucy", "alice",
      "hillary", "condoleezza", "angela", "tessa", "hazel", "harriet", "tracy",
      "nicola", "joanne", "caroline", "louise", "diane", "victoria", "charlotte", "sophie",
      "hannah", "amy", "anna", "maria", "marie", "natalie", "rebecca", "michelle",
      "kelly", "paula", "teresa", "theresa", "yvonne", "sharon", "christine", "janet", "jo",
      "gillian", "fiona", "alison", "deborah", "judith", "eleanor", "oprah", "madonna"),

  /**
   * Common Chinese, Korean and Vietnamese family names, which news copy writes before the given
   * name ("Xi Jinping", "Kim Dae-jung", "Nguyen Tan Dung") and then alone ("Xi said"). Left out:
   * those that are also common English words at a sentence's start ("He", "Do").
   */
  FAMILY_NAME_FIRST(
      "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma",
      "zhu", "hu", "guo", "gao", "lin", "luo", "zheng", "liang", "xie", "tang", "xi", "deng",
      "jiang", "feng", "cao", "peng", "zeng", "xiao", "tian", "dong", "pan", "yuan", "cai", "jia",
      "wei", "yu", "du", "ye", "cheng", "su", "lu", "ding", "ren", "shen", "yao", "zhong", "jin",
      "qian", "fu", "fang", "bai", "kong", "wen", "mao", "qin", "shi", "hou", "tan", "zou", "xiong",
      "meng", "qiu", "gu", "hao", "bo", "rong", "yan", "kim", "lee", "park", "choi", "jung", "chung",
      "kang", "cho", "yoon", "jang", "lim", "han", "oh", "seo", "shin", "kwon", "hwang", "ahn", "song",
      "yoo", "hong", "jeon", "ko", "moon", "roh", "chun", "ban", "nguyen", "tran", "le", "pham",
      "hoang", "phan", "vu", "vo", "dang", "bui", "ngo", "duong", "ly"),

  /**
   * Nouns that a definite description of a named person ends in: "the actor said", "said the
   * Wigan chief". Not the anonymous roles (spokesman, official, source), which news copy does not
   * use for people it has named.
   */
  PERSON_NOUN(
      "actor", "actress", "singer", "star", "player", "striker", "midfielder", "defender",
      "goalkeeper", "coach", "manager", "boss", "chief", "captain", "skipper", "minister",
      "chancellor", "president", "secretary", "chairman", "chairwoman", "director", "founder",
      "author", "writer", "novelist", "musician", "rapper", "artist", "veteran", "champion",
      "premier", "leader", "senator", "governor", "mayor", "comedian", "presenter", "film-maker",
      "filmmaker", "producer", "winger", "forward", "athlete", "sprinter", "runner", "batsman",
      "bowler", "golfer", "driver", "rider", "boxer", "economist", "executive", "entrepreneur",
      "tycoon", "billionaire", "millionaire", "businessman", "businesswoman", "politician", "mp",
      "campaigner", "activist", "lawyer", "judge", "professor", "scientist", "researcher",
      "doctor", "teenager", "youngster", "frontman", "correspondent", "reporter", "editor",
      "columnist", "commentator", "critic", "historian", "pundit", "strategist", "adviser",
      "advisor", "singer-songwriter", "guitarist"),

  /**
   * Nouns of nationality that a definite description of a named person may end in, capitalised:
   * "the Spaniard said" of a Spanish coach named before, as sports copy writes.
   */
  DEMONYM(
      "spaniard", "frenchman", "frenchwoman", "dutchman", "dutchwoman", "scot", "welshman",
      "welshwoman", "irishman", "irishwoman", "englishman", "englishwoman", "briton", "swede", "dane",
      "finn", "norwegian", "belgian", "argentine", "argentinian", "brazilian", "portuguese",
      "italian", "german", "american", "australian", "canadian", "russian", "serb", "croat", "kiwi",
      "aussie", "austrian", "czech", "pole", "ukrainian", "kenyan", "ethiopian", "nigerian",
      "uruguayan", "colombian", "mexican", "chilean", "jamaican", "zimbabwean"),

  /** Roles of the anonymous sources of news copy: "a spokesman said", "an official said". */
  ANONYMOUS_ROLE(
      "spokesman", "spokeswoman", "spokesperson", "official", "source", "aide", "analyst",
      "insider", "executive", "diplomat", "trader", "dealer", "banker", "economist"),

  /** Titles, offices and party labels that precede a name and are not part of it. */
  TITLE(
      "dr", "prof", "professor", "gen", "general", "col", "colonel", "capt", "captain", "maj", "lt",
      "lieutenant", "sgt", "sergeant", "adm", "admiral", "cmdr", "commander", "cpl", "corporal",
      "president", "vice", "prime", "minister", "chancellor", "secretary", "senator", "sen", "rep",
      "representative", "congressman", "congresswoman", "governor", "gov", "judge", "justice",
      "rev", "reverend", "bishop", "archbishop", "cardinal", "pope", "ayatollah", "imam", "rabbi",
      "chairman", "chairwoman", "chief", "executive", "commissioner", "ambassador", "mayor",
      "deputy", "foreign", "home", "culture", "health", "trade", "defence", "defense", "education",
      "environment", "transport", "work", "pensions", "treasury", "economic", "finance", "interior",
      "shadow", "labour", "tory", "conservative", "liberal", "democrat", "democratic", "republican",
      "lib", "dem", "independent", "green", "coach", "manager", "boss", "striker", "midfielder",
      "defender", "goalkeeper", "skipper", "inspector", "superintendent", "constable", "detective",
      "officer", "director", "mp", "mep", "msp", "am", "first", "leader", "spokesman",
      "spokeswoman", "analyst", "economist", "economics", "attorney", "solicitor", "lawyer",
      "counsel", "officials", "official", "opposition", "former", "us", "uk", "british", "french",
      "german", "american", "russian", "chinese", "japanese", "italian", "writer", "author",
      "actor", "actress", "singer", "pensioner", "teacher", "student", "campaigner", "viewer",
      "nurse", "doctor", "voter", "spanish", "irish", "scottish", "welsh", "english", "israeli",
      "palestinian", "iraqi", "adviser", "advisor", "aide", "security", "national", "affairs",
      "state", "hojatoleslam", "novelist", "poet", "artist", "editor", "producer", "photographer",
      "designer", "architect", "founder", "owner", "presenter", "broadcaster", "comedian", "chef",
      "playwright", "composer", "musician", "guitarist", "drummer", "rapper", "star", "veteran",
      "legend", "champion", "athlete", "player", "winger", "forward", "chair", "treasurer",
      "governor-general", "premier", "speaker", "envoy", "negotiator", "undersecretary",
      "under-secretary", "assistant", "associate", "senior", "junior", "agriculture", "energy",
      "industry", "commerce", "labor", "economy", "fisheries", "communications", "information",
      "oil", "petroleum", "planning", "development", "sports", "arts", "financier", "accountant",
      "brigadier", "banker", "broker", "trader", "investor", "industrialist", "entrepreneur",
      "tycoon", "magnate", "mogul", "shipowner", "chemist", "physicist", "lawmaker", "legislator",
      "diplomat", "marshal", "commodore", "consul", "monsignor", "cleric", "emir", "sultan",
      "crown", "attorney-general", "lord", "baroness", "councillor", "councilor", "cllr",
      "councilman", "councilwoman", "alderman", "assemblyman", "assemblywoman", "shopkeeper",
      "shopper", "resident", "fisherman", "passenger", "headteacher", "headmaster", "headmistress",
      "landlord", "landlady", "surgeon", "scientist", "researcher", "historian", "paramedic",
      "firefighter", "midwife", "businessman", "businesswoman", "activist", "protester", "supt",
      "insp", "det", "dci", "dsi", "dsupt", "taoiseach", "tanaiste", "t\u00e1naiste", "td", "mla",
      "madam"),

  /**
   * Titles besides those of {@link #MALE_TITLE} and {@link #FEMALE_TITLE} that make a lone surname
   * a person ("Gen Jackson said").
   */
  HONORIFIC(
      "dr", "prof", "professor", "gen", "general", "col", "capt", "captain", "maj", "lt", "sgt",
      "adm", "president", "senator", "sen", "judge", "rev", "chancellor", "governor", "coach",
      "cardinal", "pope", "ayatollah", "commissioner", "ambassador", "mayor", "lieutenant",
      "colonel", "admiral", "inspector", "detective", "supt", "insp", "det", "superintendent",
      "dci", "dsi", "dsupt", "taoiseach", "tanaiste", "t\u00e1naiste"),

  /**
   * Titles that American copy shortens with a full stop before a name ("Mr. Smith", "Dr. Jane
   * Doe"): there the full stop ends no sentence ({@link ParagraphTokenizer}).
   */
  ABBREVIATED_TITLE(
      "mr", "mrs", "ms", "dr", "prof", "gen", "col", "capt", "maj", "lt", "sgt", "adm", "cmdr",
      "cpl", "sen", "rep", "gov", "rev", "supt", "insp", "det"),

  /** Honours written after a name; stripped so "John Smith QC" is "John Smith". */
  POST_NOMINAL(
      "qc", "kc", "sc", "mp", "mep", "msp", "mla", "td", "obe", "mbe", "cbe", "kbe", "phd"),

  /**
   * A last word like these makes a run of capitals an organisation, a place or an event; so does a
   * {@link #LEGAL_FORM}.
   */
  ORGANISATION(
      "group", "party", "bank", "office", "ministry",
      "department", "council", "association", "union", "agency", "commission", "committee", "court",
      "corporation", "company", "institute", "university", "college", "school", "club",
      "federation", "league", "board", "authority", "service", "services", "trust", "foundation",
      "society", "network", "times", "news", "post", "journal", "telegraph", "guardian", "fund",
      "organisation", "organization", "government", "police", "army", "force", "centre", "center",
      "industries", "holdings", "motors", "airlines", "airways", "records", "studios", "pictures",
      "entertainment", "media", "communications", "systems", "technologies", "street", "road",
      "house", "hall", "church", "city", "united", "rovers", "fc", "games", "cup", "championship",
      "open", "commons", "marathon", "year", "day", "eve", "aid", "boulevard", "avenue", "square",
      "lane", "park", "stadium", "lords", "parliament", "assembly", "executive", "administration",
      "exchange", "bureau", "institution", "partners", "capital", "securities", "research",
      "magazine", "radio", "tv", "television", "broadcasting", "review", "herald", "mail",
      "express", "mirror", "sun", "independent", "observer", "standard", "economist", "press",
      "international", "worldwide", "europe", "kingdom", "states", "nations", "republic", "airport",
      "station", "hospital", "prison", "forum", "summit", "awards", "festival", "watch", "alliance",
      "coalition", "front", "movement", "unit", "team", "squad", "policy", "officials", "spokesman",
      "spokeswoman", "insurance", "energy", "oil", "steel", "electronics", "software",
      "microsystems", "labs", "laboratories", "pharmaceuticals", "bros", "brothers", "affairs",
      "security", "management", "financial", "savings", "properties",
      "partnership", "resources", "mining", "petroleum", "chemicals", "foods", "stores", "markets",
      "supermarkets", "enterprises", "power", "electric", "machine", "machines", "construction",
      "engineers", "engineering", "workers", "reserves", "works", "week", "shopping", "products",
      "chemical", "computer", "computers", "tax", "program", "programme", "nation", "world", "bay",
      "island", "islands", "sea", "ocean", "river", "coast", "valley", "mountains", "peninsula",
      "strait", "canal", "lake", "county", "province", "region", "basin", "field", "fields", "asia",
      "america", "africa", "democrat", "democrats", "republican", "republicans", "tory", "tories",
      "agreement", "accord", "accords", "treaty", "pact", "convention", "bulletin", "daily",
      "weekly", "report", "gazette", "tribune", "shimbun", "series", "economy", "poll", "lines",
      "statistics", "census", "community", "trade", "care", "state"),

  /** Words that make a region of a place: "Southeast Asia", "West Berlin", "Central Pennsylvania". */
  COMPASS(
      "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
      "northern", "southern", "eastern", "western", "central", "upper", "lower", "greater",
      "inner", "outer", "north-east", "north-west", "south-east", "south-west"),

  /**
   * Adjectives of nations and regions, which end no person's name: "West German", "North American"
   * (French, English and Irish are also surnames, so are left out).
   */
  NATIONALITY(
      "american", "german", "african", "european", "canadian", "japanese", "chinese", "russian",
      "soviet", "italian", "spanish", "asian", "australian", "mexican", "brazilian", "indian",
      "arab", "israeli", "iranian", "iraqi", "korean", "swiss", "swedish", "norwegian", "danish",
      "finnish", "belgian", "austrian", "polish", "greek", "turkish", "egyptian", "saudi",
      "kuwaiti", "nigerian", "argentine", "venezuelan", "colombian", "chilean", "peruvian",
      "philippine", "indonesian", "malaysian", "thai", "vietnamese", "pakistani", "latin", "nordic",
      "scandinavian", "arabian", "persian", "caribbean", "pacific", "atlantic", "baltic", "balkan"),

  /** Legal forms of companies, which end a firm's name and never a person's: "Scott Inc". */
  LEGAL_FORM(
      "inc", "ltd", "plc", "llc", "corp", "co", "cos", "spa", "sarl", "gmbh", "ag", "nv", "bv",
      "sa", "oy", "ab", "kk", "bhd", "pty", "bancorp", "bancshares"),

  /** A first word like these makes a run of capitals an organisation: "Banco Portugues". */
  ORGANISATION_FIRST(
      "banco", "banca", "banque", "bank", "cie", "compagnie", "societe", "grupo", "gruppo",
      "groupe", "club", "university", "college", "institute", "museum", "hotel", "team",
      "statistics"),

  /** Capitalised words that start sentences or name days and months but never belong to a name. */
  NEVER_IN_NAME(
      "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their",
      "our", "this", "that", "these", "those", "there", "but", "and", "or", "so", "yet", "if",
      "when", "while", "although", "though", "because", "as", "after", "before", "since", "until",
      "however", "meanwhile", "also", "now", "then", "still", "even", "only", "just", "in", "on",
      "at", "for", "from", "with", "by", "of", "to", "into", "about", "under", "over", "last",
      "next", "earlier", "later", "today", "yesterday", "tomorrow", "asked", "speaking", "writing",
      "according", "despite", "instead", "indeed", "both", "all", "some", "many", "most", "one",
      "two", "other", "another", "each", "every", "no", "not", "what", "who", "which", "where",
      "why", "how", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday", "january", "february", "march", "april", "june", "july", "august",
      "september", "october", "november", "december", "christmas", "easter", "said", "says",
      "addressing", "commenting", "responding", "referring", "noting", "citing", "describing",
      "explaining", "interviewed", "testifying", "appearing", "reporting", "announcing",
      "answering", "defending", "echoing", "welcoming", "reacting", "replying", "quoting",
      "my", "me", "him", "them", "us", "your", "do", "does", "did", "is", "was", "are", "were",
      "be", "been", "has", "have", "had", "would", "can", "could", "should", "shall",
      "might", "must", "let", "yes", "well", "oh", "please", "thanks", "thank"),

  /**
   * What follows the hyphen of a capitalised word that describes rather than names:
   * "Houston-based", "Labour-run", "Oscar-nominated".
   */
  DESCRIPTOR_SUFFIX(
      "based", "run", "owned", "born", "led", "backed", "controlled", "made", "funded", "style",
      "era", "wide", "free", "sized", "like", "speaking", "held", "linked", "bound", "listed",
      "registered", "produced", "built", "educated", "raised", "trained", "bred", "dominated",
      "supported", "allied", "inspired", "themed", "oriented", "focused", "centred", "centered",
      "nominated", "winning", "language", "area", "wise", "friendly", "related", "only", "level",
      "type", "class", "grade", "rated", "ruled", "occupied", "sponsored", "appointed", "elected",
      "designed", "shaped", "bashing", "loving", "hating", "watchers", "american", "british",
      "european", "asian", "african", "french", "german", "japanese", "designate", "elect", "half",
      "winner", "winners", "nominee", "match", "up", "law", "turned", "maker", "makers", "holder",
      "holders", "keeper", "seller", "setter", "runner", "time", "star", "old", "year", "half-back",
      "back", "chief", "general", "president", "minister", "secretary", "in-chief"),

  /**
   * Small words allowed inside a name, one or two in a row: "Charles de Gaulle", "Ruud van
   * Nistelrooy", "Maria de la Cruz". Only as written here, in lower case: see {@link
   * Token#isParticle()}.
   */
  PARTICLE(
      "de", "van", "von", "der", "den", "du", "la", "le", "da", "di", "dos", "das", "del", "bin",
      "al", "el", "ben", "ter", "ten", "y", "los", "las", "della"),

  /**
   * Prepositions that keep the name after them from being a sentence's subject ("a meeting with
   * Sergei Lavrov"). Only as written here, in lower case: see {@link Token#isPreposition()}.
   */
  PREPOSITION(
      "with", "by", "of", "to", "from", "for", "after", "before", "about", "against", "between",
      "like", "than", "on", "at", "in", "into", "under", "over", "behind", "beside", "alongside",
      "towards", "toward", "without", "including", "among", "via"),

  /** Verbs that report speech. */
  REPORTING_VERB(
      "said", "says", "told", "tells", "added", "adds", "argued", "argues", "warned", "warns",
      "insisted", "insists", "explained", "explains", "claimed", "claims", "admitted", "admits",
      "stated", "states", "noted", "notes", "announced", "announces", "confirmed", "confirms",
      "declared", "declares", "denied", "denies", "asked", "asks", "replied", "replies",
      "continued", "continues", "commented", "comments", "suggested", "suggests", "urged", "urges",
      "wrote", "writes", "predicted", "predicts", "revealed", "reveals", "conceded", "concedes",
      "acknowledged", "acknowledges", "stressed", "stresses", "maintained", "maintains",
      "responded", "responds", "remarked", "remarks", "observed", "observes", "emphasised",
      "emphasises", "emphasized", "emphasizes", "recalled", "recalls", "promised", "promises",
      "vowed", "vows", "pledged", "pledges", "concluded", "concludes", "agreed", "agrees",
      "accepted", "accepts", "boasted", "boasts", "complained", "complains", "joked", "jokes",
      "described", "describes", "advised", "advises", "tweeted"),

  /**
   * Reporting verbs that may come before their subject after a quotation; "told" and "asked" take
   * an object.
   */
  INVERTIBLE_VERB(
      "said", "says", "added", "adds", "explained", "argued", "warned", "insisted", "claimed",
      "noted", "replied", "continued", "commented", "wrote", "writes", "suggested", "stressed",
      "concluded", "observed", "admitted", "conceded", "recalled", "recalls", "explains", "argues",
      "warns", "insists", "notes", "continues", "asked", "asks", "joked", "agreed"),

  /** Titles that "of", "for" or "to" may complete: "Chancellor of the Exchequer". */
  TITLE_HEAD(
      "chancellor", "secretary", "minister", "governor", "director", "chief", "president",
      "chairman", "chairwoman", "chair", "commissioner", "ambassador", "comptroller", "attorney",
      "mayor", "administrator", "head", "leader", "undersecretary", "under-secretary"),

  /**
   * Capitalised words that complete a title after "of" or "for" ("Chancellor of the Exchequer",
   * "Minister of Energy and Mines", "Director of Public Prosecutions"), with the {@link #TITLE}
   * words: portfolios and offices, never a person's name.
   */
  TITLE_COMPLEMENT(
      "exchequer", "mines", "mining", "staff", "currency", "credit", "public", "prosecutions",
      "social", "industries", "works", "housing", "telecommunications", "tourism", "sport",
      "science", "technology", "employment", "water", "power", "internal", "external", "budget",
      "investment", "privatisation", "privatization", "negotiations", "revenue", "taxation",
      "customs", "immigration", "welfare", "land", "lands", "forestry", "food", "farming", "supply",
      "supplies", "resources", "natural", "mineral", "minerals", "enterprise", "enterprises",
      "consumer", "law", "police", "prisons", "heritage", "media", "youth", "women", "children",
      "family", "families", "equality", "regions", "regional", "local", "government", "cabinet",
      "office", "parliament", "reserve", "bank", "exchange", "securities", "monetary", "policy",
      "comptroller", "comptoller", "europe", "european", "relations", "cooperation", "co-operation",
      "aid", "research", "infrastructure", "railways", "roads", "ports", "shipping", "aviation",
      "religious", "veterans"),

  /** Reporting verbs that report speech whatever follows them. */
  ALWAYS_SPEECH("said", "says", "told", "tells"),

  /** Words that open reported speech after a verb: "admitted that", "conceded he was". */
  SPEECH_OPENER("that", "he", "she", "it", "they", "we", "i", "there", "this"),

  /** Reporting verbs that also make requests ("asked him to stay"), which report no speech. */
  REQUEST_VERB("asked", "asks", "urged", "urges"),

  /** Participles after a comma that give speech to the sentence's subject (", saying"). */
  PARTICIPLE(
      "saying", "adding", "arguing", "warning", "insisting", "explaining", "claiming", "noting",
      "stressing", "telling", "admitting", "conceding", "declaring", "announcing", "suggesting",
      "urging", "predicting", "revealing", "describing", "calling"),

  /** Words that may stand between a subject and its verb: "has also said", "was quoted as saying". */
  BETWEEN_SUBJECT_AND_VERB(
      "has", "had", "have", "also", "later", "earlier", "previously", "recently", "then", "again",
      "once", "repeatedly", "reportedly", "publicly", "subsequently", "would", "will", "was", "is",
      "just", "further", "simply", "immediately", "today", "yesterday", "flatly", "quoted", "as",
      "already", "last", "week", "night", "month", "year", "privately", "openly", "himself",
      "herself", "clearly", "explicitly", "firmly", "strongly", "only", "not", "afterwards",
      "afterward"),

  /** Words that make the word after them a noun: "the claims", "his remarks". */
  DETERMINER("the", "a", "an", "his", "her", "its", "their"),

  /**
   * Words after which a quotation names something rather than reporting speech: a film "Million
   * Dollar Baby", a plan dubbed "Operation Clean Sweep".
   */
  NAMING_WORD(
      "called", "titled", "entitled", "named", "dubbed", "nicknamed", "branded", "labelled",
      "labeled", "film", "movie", "song", "single", "album", "book", "novel", "show", "series",
      "programme", "program", "play", "musical", "slogan", "motto", "headline", "phrase", "term",
      "title", "hit", "track", "game", "campaign", "website", "magazine", "column", "documentary",
      "sitcom", "drama", "opera", "poem", "strapline", "tagline", "catchphrase"),

  /** Short words a title leaves in lower case ("Lord of the Rings"). */
  TITLE_SMALL_WORD(
      "a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "by", "with", "from",
      "de", "la", "le", "vs", "v"),

  /**
   * Words that open another clause between a quotation and a reporting verb: in {@code "...," as
   * Mr Brown said} the verb reports something else.
   */
  LINKING_WORD(
      "as", "while", "when", "whereas", "although", "though", "because", "since", "after",
      "before", "if", "unless", "until", "and", "but", "or", "so", "which", "that", "who", "where",
      "whom", "whose", "then", "meanwhile", "however");

  // Every listed word with the bits of all the lists it is on, so one look-up answers for all.
  private static final Map<String, Long> LISTS_BY_WORD = new HashMap<>();

  static {
    if (values().length > Long.SIZE) {
      throw new AssertionError("more word lists than bits in a long: " + values().length);
    }
    for (WordList list : values()) {
      for (String word : list.words) {
        LISTS_BY_WORD.merge(word, list.bit(), (a, b) -> a | b);
      }
    }
  }

  private final Set<String> words;

  WordList(String... words) {
    this.words = Set.of(words);
  }

  /** This list's bit in a set of lists as {@link #listsOf} returns it. */
  long bit() {
    return 1L << ordinal();
  }

  /** True when a set of lists from {@link #listsOf} holds this list. */
  boolean in(long lists) {
    return (lists & bit()) != 0;
  }

  /** The words on this list, in lower case. */
  Set<String> words() {
    return words;
  }

  /** True when this list holds a word, given in lower case. */
  boolean contains(String lowercaseWord) {
    return words.contains(lowercaseWord);
  }

  /** The lists a lower-case word is on, as a set of {@link #bit()}s; 0 for most words. */
  static long listsOf(String lowercaseWord) {
    Long lists = LISTS_BY_WORD.get(lowercaseWord);
    return lists == null ? 0 : lists;
  }
}
