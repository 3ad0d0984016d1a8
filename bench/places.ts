// Real Polish towns and Warsaw districts, with the locative a centre's name needs ("w Wejherowie")
// and a postal code, so the benchmark's 500 centres read like the real thing (long names, Polish
// letters that the search folds). "Town|locative|postal code", one a line.

const MOPS = `
Wejherowo|Wejherowie|84-200
Gdynia|Gdyni|81-301
Sopot|Sopocie|81-701
Słupsk|Słupsku|76-200
Koszalin|Koszalinie|75-001
Elbląg|Elblągu|82-300
Olsztyn|Olsztynie|10-001
Toruń|Toruniu|87-100
Bydgoszcz|Bydgoszczy|85-001
Grudziądz|Grudziądzu|86-300
Włocławek|Włocławku|87-800
Płock|Płocku|09-400
Ciechanów|Ciechanowie|06-400
Ostrołęka|Ostrołęce|07-400
Łomża|Łomży|18-400
Białystok|Białymstoku|15-001
Suwałki|Suwałkach|16-400
Siedlce|Siedlcach|08-110
Biała Podlaska|Białej Podlaskiej|21-500
Lublin|Lublinie|20-001
Chełm|Chełmie|22-100
Zamość|Zamościu|22-400
Puławy|Puławach|24-100
Radom|Radomiu|26-600
Kielce|Kielcach|25-001
Tarnobrzeg|Tarnobrzegu|39-400
Rzeszów|Rzeszowie|35-001
Przemyśl|Przemyślu|37-700
Krosno|Krośnie|38-400
Sanok|Sanoku|38-500
Tarnów|Tarnowie|33-100
Nowy Sącz|Nowym Sączu|33-300
Oświęcim|Oświęcimiu|32-600
Bielsko-Biała|Bielsku-Białej|43-300
Cieszyn|Cieszynie|43-400
Rybnik|Rybniku|44-200
Gliwice|Gliwicach|44-100
Zabrze|Zabrzu|41-800
Bytom|Bytomiu|41-900
Chorzów|Chorzowie|41-500
Katowice|Katowicach|40-001
Sosnowiec|Sosnowcu|41-200
Częstochowa|Częstochowie|42-200
Opole|Opolu|45-001
Nysa|Nysie|48-300
Wałbrzych|Wałbrzychu|58-300
Legnica|Legnicy|59-220
Jelenia Góra|Jeleniej Górze|58-500
Głogów|Głogowie|67-200
Zielona Góra|Zielonej Górze|65-001
Gorzów Wielkopolski|Gorzowie Wielkopolskim|66-400
Leszno|Lesznie|64-100
Kalisz|Kaliszu|62-800
Konin|Koninie|62-500
Piła|Pile|64-920
Gniezno|Gnieźnie|62-200
Poznań|Poznaniu|60-001
Szczecin|Szczecinie|70-001
Stargard|Stargardzie|73-110
Świnoujście|Świnoujściu|72-600
Łódź|Łodzi|90-001
Piotrków Trybunalski|Piotrkowie Trybunalskim|97-300
Skierniewice|Skierniewicach|96-100
Sieradz|Sieradzu|98-200
Augustów|Augustowie|16-300
Hajnówka|Hajnówce|17-200
Sandomierz|Sandomierzu|27-600
Rawa Mazowiecka|Rawie Mazowieckiej|96-200
`;

const MGOPS = `
Lubsko|Lubsku|68-300
Kórnik|Kórniku|62-035
Pułtusk|Pułtusku|06-100
Krynica-Zdrój|Krynicy-Zdroju|33-380
Brzesko|Brzesku|32-800
Myślenice|Myślenicach|32-400
Nowa Dęba|Nowej Dębie|39-460
Dukla|Dukli|38-450
Ustrzyki Dolne|Ustrzykach Dolnych|38-700
Lesko|Lesku|38-600
Kazimierz Dolny|Kazimierzu Dolnym|24-120
Opatów|Opatowie|27-500
Staszów|Staszowie|28-200
Busko-Zdrój|Busku-Zdroju|28-100
Pińczów|Pińczowie|28-400
Końskie|Końskich|26-200
Łeba|Łebie|84-360
Ustka|Ustce|76-270
Czarnków|Czarnkowie|64-700
Wronki|Wronkach|64-510
Szamotuły|Szamotułach|64-500
Września|Wrześni|62-300
Środa Wielkopolska|Środzie Wielkopolskiej|63-000
Wolsztyn|Wolsztynie|64-200
Kożuchów|Kożuchowie|67-120
Lwówek Śląski|Lwówku Śląskim|59-600
Bystrzyca Kłodzka|Bystrzycy Kłodzkiej|57-500
Głuchołazy|Głuchołazach|48-340
Prudnik|Prudniku|48-200
Olesno|Oleśnie|46-300
Łask|Łasku|98-100
Poddębice|Poddębicach|99-200
Tuszyn|Tuszynie|95-080
Mszczonów|Mszczonowie|96-320
Góra Kalwaria|Górze Kalwarii|05-530
Serock|Serocku|05-140
Tłuszcz|Tłuszczu|05-240
Łochów|Łochowie|07-130
Sejny|Sejnach|16-500
Mońki|Mońkach|19-100
Mrągowo|Mrągowie|11-700
Pisz|Piszu|12-200
Reszel|Reszlu|11-440
Frombork|Fromborku|14-530
Supraśl|Supraślu|16-030
Choroszcz|Choroszczy|16-070
Zabłudów|Zabłudowie|16-060
Kleszczele|Kleszczelach|17-250
Kępice|Kępicach|77-230
Janów Lubelski|Janowie Lubelskim|23-300
`;

const GOPS = `
Gniewino|Gniewinie|84-250
Kosakowo|Kosakowie|81-198
Luzino|Luzinie|84-242
Szemud|Szemudzie|84-217
Przodkowo|Przodkowie|83-304
Stężyca|Stężycy|83-322
Sierakowice|Sierakowicach|83-340
Lipusz|Lipuszu|83-424
Kołbaskowo|Kołbaskowie|72-001
Zbójno|Zbójnie|87-645
Lubicz|Lubiczu|87-162
Obrowo|Obrowie|87-126
Wielka Nieszawka|Wielkiej Nieszawce|87-165
Dąbrowa Chełmińska|Dąbrowie Chełmińskiej|86-070
Nowa Wieś Wielka|Nowej Wsi Wielkiej|86-060
Zbiczno|Zbicznie|87-305
Baboszewo|Baboszewie|09-130
Słupno|Słupnie|09-472
Stara Biała|Starej Białej|09-411
Jabłonna|Jabłonnie|05-110
Lesznowola|Lesznowoli|05-506
Raszyn|Raszynie|05-090
Nadarzyn|Nadarzynie|05-830
Wiązowna|Wiązownie|05-462
Czosnów|Czosnowie|05-152
Leoncin|Leoncinie|05-155
Zabierzów|Zabierzowie|32-080
Zielonki|Zielonkach|32-087
Kocmyrzów-Luborzyca|Kocmyrzowie-Luborzycy|32-010
Mogilany|Mogilanach|32-031
Igołomia-Wawrzeńczyce|Igołomi-Wawrzeńczycach|32-126
Łapanów|Łapanowie|32-740
Gdów|Gdowie|32-420
Jodłownik|Jodłowniku|34-620
Łącko|Łącku|33-390
Podegrodzie|Podegrodziu|33-386
Chełmiec|Chełmcu|33-395
Kamionka Wielka|Kamionce Wielkiej|33-334
Korzenna|Korzennej|33-322
Nawojowa|Nawojowej|33-335
Konopnica|Konopnicy|21-030
Jastków|Jastkowie|21-002
Niemce|Niemcach|21-025
Głusk|Głusku|20-388
Strzyżewice|Strzyżewicach|23-107
Garbów|Garbowie|21-080
Wojciechów|Wojciechowie|24-204
Trzebieszów|Trzebieszowie|21-404
Kąkolewnica|Kąkolewnicy|21-302
Juchnowiec Kościelny|Juchnowcu Kościelnym|16-061
Turośń Kościelna|Turośni Kościelnej|18-106
Dobrzyniewo Duże|Dobrzyniewie Dużym|16-002
Narewka|Narewce|17-220
Czyże|Czyżach|17-207
Dubicze Cerkiewne|Dubiczach Cerkiewnych|17-204
Kobylnica|Kobylnicy|76-251
Damnica|Damnicy|76-231
Potęgowo|Potęgowie|76-230
Czarna Dąbrówka|Czarnej Dąbrówce|77-116
`;

/** Warsaw's districts each have an OPS of their own: "OPS Dzielnicy Bemowo m.st. Warszawy". */
export const WARSAW_DISTRICTS = [
  "Bemowo",
  "Białołęka",
  "Bielany",
  "Mokotów",
  "Ochota",
  "Praga-Południe",
  "Praga-Północ",
  "Rembertów",
  "Śródmieście",
  "Targówek",
  "Ursus",
  "Ursynów",
  "Wawer",
  "Wesoła",
  "Wilanów",
  "Włochy",
  "Wola",
  "Żoliborz",
];

export type Town = { name: string; locative: string; postalCode: string };

const parse = (block: string): Town[] =>
  block
    .trim()
    .split("\n")
    .map((line) => {
      const [name, locative, postalCode] = line.split("|");
      return { name, locative, postalCode };
    });

export const TOWNS = { MOPS: parse(MOPS), MGOPS: parse(MGOPS), GOPS: parse(GOPS) };

export const STREETS = [
  "ul. Mickiewicza",
  "ul. Kościuszki",
  "ul. Słowackiego",
  "ul. Sienkiewicza",
  "ul. Jana Pawła II",
  "ul. 3 Maja",
  "ul. Kolejowa",
  "ul. Szkolna",
  "ul. Ogrodowa",
  "ul. Lipowa",
  "ul. Polna",
  "ul. Długa",
  "ul. Wojska Polskiego",
  "ul. Piłsudskiego",
  "ul. Żeromskiego",
  "ul. Reymonta",
  "ul. Konopnickiej",
  "ul. Chopina",
  "pl. Wolności",
  "ul. Rynek",
];

export const VENUE_NAMES = [
  "Centrum Aktywności Lokalnej",
  "Dzienny Dom Pomocy",
  "Świetlica środowiskowa",
  "Klub osiedlowy",
  "Siedziba ośrodka, sala konferencyjna",
  "Gminny Ośrodek Kultury, sala nr 2",
  "Dom Sąsiedzki",
];

/** "Wejherowo" → "wejherowo", "Kocmyrzów-Luborzyca" → "kocmyrzow-luborzyca": for slugs. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/ł/g, "l")
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
