// Sample articles, written for this project (short news-like texts; the events are
// illustrative and not reports of real happenings).

export const SAMPLES = [
  {
    id: "hi-diplomacy",
    lang: "hi",
    title: "हिंदी: भारत–जापान वार्ता",
    text: `नई दिल्ली, 20 नवंबर 2025। प्रधानमंत्री नरेंद्र मोदी ने गुरुवार को जापान के विदेश मंत्री के साथ द्विपक्षीय संबंधों पर चर्चा की। बैठक में विदेश मंत्री एस. जयशंकर भी मौजूद थे।

विदेश मंत्रालय के अनुसार दोनों देशों ने 18 नवंबर को टोक्यो में हुए रेल समझौते की समीक्षा की। पिछले वर्ष भारत और जापान के बीच व्यापार लगभग 22 अरब डॉलर रहा था, जो 2023 की तुलना में 8 प्रतिशत अधिक है।

जयशंकर ने कहा कि 2024 में शुरू हुई मुंबई–अहमदाबाद हाई-स्पीड रेल परियोजना का पहला चरण अगले साल मार्च तक पूरा होने की उम्मीद है। मोदी ने बताया कि दोनों देश 1990 के दशक से बुनियादी ढाँचे के क्षेत्र में साथ काम कर रहे हैं। अगली शिखर बैठक जनवरी 2026 में टोक्यो में प्रस्तावित है।`,
  },
  {
    id: "hi-weather",
    lang: "hi",
    title: "हिंदी: मानसून और बारिश",
    text: `मुंबई, 14 सितंबर 2025। भारत मौसम विज्ञान विभाग ने शनिवार को महाराष्ट्र के तटीय जिलों में अगले तीन दिनों तक भारी बारिश की चेतावनी जारी की। विभाग ने बताया कि सोमवार से कोंकण क्षेत्र में 200 मिलीमीटर तक वर्षा हो सकती है।

बृहन्मुंबई नगर निगम ने कहा कि शहर की झीलों में इस समय 92 प्रतिशत पानी जमा है, जबकि पिछले साल इसी दिन यह आंकड़ा 81 प्रतिशत था। मुख्यमंत्री देवेंद्र फडणवीस ने बुधवार को अधिकारियों के साथ समीक्षा बैठक की।

अधिकारियों के अनुसार 2005 की बाढ़ के बाद से शहर में जल निकासी पर 3,000 करोड़ रुपये से अधिक खर्च किए जा चुके हैं। स्कूलों को 16 सितंबर तक बंद रखने का निर्णय लिया गया है।`,
  },
  {
    id: "ur-water",
    lang: "ur",
    title: "اردو: کراچی میں پانی کا منصوبہ",
    text: `کراچی، جمعرات، 20 نومبر 2025۔ سندھ حکومت نے آج شہر میں پینے کے پانی کی فراہمی کے ایک نئے منصوبے کا اعلان کیا۔ صوبائی وزیر بلدیات سعید احمد خان نے سندھ اسمبلی کو بتایا کہ منصوبے پر 450 کروڑ روپے لاگت آئے گی اور اس کا پہلا مرحلہ مارچ 2027 تک مکمل ہو جائے گا۔

کراچی واٹر اینڈ سیوریج کارپوریشن کے مطابق گزشتہ سال شہر کو روزانہ تقریباً 120 کروڑ لیٹر پانی کم ملا، جو ضرورت کا 40 فیصد ہے۔ ادارے کی سربراہ ڈاکٹر نادیہ حسین نے کہا کہ 18 نومبر کو مکمل ہونے والے سروے میں کورنگی اور لیاری کے 12 لاکھ شہریوں نے پانی کی قلت کی شکایت کی۔ ان کے مطابق شہر کی آبادی 1990 کی دہائی کے بعد سے دگنی ہو چکی ہے۔

ایشیائی ترقیاتی بینک (ADB) نے منصوبے کے لیے 75 لاکھ ڈالر کی تکنیکی امداد کی پیشکش کی ہے۔ بینک کے ایک وفد نے کل اسلام آباد میں وفاقی وزارت منصوبہ بندی کے حکام سے ملاقات کی۔ حکام کا کہنا ہے کہ حب ڈیم سے نئی پائپ لائن پر کام جنوری 2026 میں شروع ہوگا۔

شہریوں کی تنظیم "پانی سب کے لیے" کے رہنما عمران قریشی نے اعلان کا خیرمقدم کیا، لیکن یاد دلایا کہ برسوں پہلے شروع ہونے والا K-IV منصوبہ اب تک مکمل نہیں ہو سکا۔`,
  },
  {
    id: "en-space",
    lang: "en",
    title: "English: ISRO launch plans",
    text: `BENGALURU, 12 August 2025 — The Indian Space Research Organisation said on Tuesday that its next lunar mission would be ready for launch in the second half of 2027, four years after Chandrayaan-3 touched down near the Moon's south pole on 23 August 2023.

ISRO chairman V. Narayanan told reporters in Bengaluru that the agency had completed 14 launches since January 2024. "Last year was our busiest since the 1990s," he said, adding that the budget for the programme had grown by 12 per cent to ₹13,400 crore.

Narayanan will travel to Washington next month to meet officials from NASA. The two agencies have held talks every quarter since 2023, and a joint Earth-observation satellite, NISAR, was launched on 30 July.`,
  },
  {
    id: "en-markets",
    lang: "en",
    title: "English: markets and the rupee",
    text: `MUMBAI, 20 November 2025 — Indian shares closed higher on Thursday as the Sensex gained 1.2 per cent, its best day since 18 November, while the rupee held steady against the US dollar.

Reserve Bank of India governor Sanjay Malhotra said on Wednesday that inflation had eased for three consecutive months and was expected to stay near 4 per cent until March 2026. Analysts at Mumbai brokerages said the central bank could cut rates in December.

Foreign investors bought shares worth $1.3 billion last week, reversing the outflows seen in October. The Nifty 50 has risen about 9 per cent in 2025, after a gain of 8.8 per cent in 2024.`,
  },
];
