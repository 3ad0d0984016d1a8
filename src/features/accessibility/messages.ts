// The fixed texts of the public accessibility statement in Polish, Ukrainian and English, following
// the structure the law's template requires. Polish is the source; every language must have every
// key (a missing one does not compile). What the centre writes itself stays in Polish.
import type { ComplianceStatus } from "@/generated/prisma/enums";
import type { Locale } from "@/features/i18n/locales";

export type StatementCatalogue = {
  title: string;
  defaultNotice: string;
  /** Said on uk/en pages, where the centre's own texts are in Polish. */
  ownTextsNote: string | null;
  /** Follows the centre's name. */
  commitment: string;
  scopeBefore: string;
  scopeAfter: string;
  publishedOn: string;
  updatedOn: string;
  complianceHeading: string;
  status: Record<ComplianceStatus, { before: string; word: string; after: string }>;
  nonAccessibleHeading: string;
  featuresHeading: string;
  features: string[];
  preparationHeading: string;
  preparedOn: string;
  method: string;
  feedbackHeading: string;
  feedbackIntro: string;
  contactPerson: string;
  email: string;
  phone: string;
  feedbackSameWay: string;
  procedureHeading: string;
  procedure: string[];
  ombudsman: string;
  architectureHeading: string;
  address: string;
  architectureUnknown: string;
  appsHeading: string;
  apps: string;
};

const ACT_PL = "ustawy z dnia 4 kwietnia 2019 r. o dostępności cyfrowej stron internetowych i aplikacji mobilnych podmiotów publicznych";
const ACT_UK = "Закону Польщі від 4 квітня 2019 року про цифрову доступність вебсайтів і мобільних застосунків публічних суб'єктів";
const ACT_EN = "the Act of 4 April 2019 on the digital accessibility of websites and mobile applications of public sector bodies";

const pl: StatementCatalogue = {
  title: "Deklaracja dostępności",
  defaultNotice:
    "Ośrodek nie uzupełnił jeszcze tej deklaracji. Poniższe informacje przygotowano na podstawie danych ośrodka; w razie pytań skontaktuj się z ośrodkiem.",
  ownTextsNote: null,
  commitment: ` zobowiązuje się zapewnić dostępność swojej strony internetowej zgodnie z przepisami ${ACT_PL}.`,
  scopeBefore: "Deklaracja dostępności dotyczy strony internetowej ośrodka w serwisie Razem:",
  scopeAfter: "– wraz z podstronami oferty, planem spotkań i kalendarzem, w wersji polskiej, ukraińskiej i angielskiej.",
  publishedOn: "Data publikacji strony internetowej:",
  updatedOn: "Data ostatniej istotnej aktualizacji:",
  complianceHeading: "Stan dostępności cyfrowej",
  status: {
    FULL: { before: "Strona internetowa jest ", word: "zgodna", after: ` z przepisami ${ACT_PL}.` },
    PARTIAL: {
      before: "Strona internetowa jest ",
      word: "częściowo zgodna",
      after: ` z przepisami ${ACT_PL} z powodu niezgodności lub wyłączeń wymienionych poniżej.`,
    },
    NONE: { before: "Strona internetowa jest ", word: "niezgodna", after: ` z przepisami ${ACT_PL}. Niezgodności lub wyłączenia wymieniono poniżej.` },
  },
  nonAccessibleHeading: "Treści niedostępne",
  featuresHeading: "Ułatwienia na stronie",
  features: [
    "Stronę można obsługiwać samą klawiaturą i używać standardowych skrótów klawiaturowych przeglądarki. Link „Przejdź do treści” pozwala pominąć nagłówek.",
    "Przyciski „Większy tekst” i „Wysoki kontrast” w nagłówku zmieniają wygląd strony. Wybór zostaje zapamiętany w tej przeglądarce.",
  ],
  preparationHeading: "Przygotowanie deklaracji dostępności",
  preparedOn: "Deklarację sporządzono dnia:",
  method: "Deklarację sporządzono na podstawie:",
  feedbackHeading: "Informacje zwrotne i dane kontaktowe",
  feedbackIntro: "Jeśli zauważysz problem z dostępnością tej strony albo chcesz zgłosić uwagi, skontaktuj się z osobą odpowiedzialną:",
  contactPerson: "Osoba do kontaktu:",
  email: "E-mail:",
  phone: "Telefon:",
  feedbackSameWay: "Tą samą drogą można składać żądania zapewnienia dostępności, wnioski o udostępnienie informacji w innej formie oraz skargi.",
  procedureHeading: "Procedura wnioskowo-skargowa",
  procedure: [
    "Każdy ma prawo zażądać, by ośrodek zapewnił dostępność cyfrową strony internetowej lub jej elementu albo udostępnił informację w alternatywny sposób, na przykład odczytał niedostępny dokument lub opisał zawartość obrazu.",
    "Żądanie powinno zawierać dane kontaktowe osoby zgłaszającej, wskazanie strony lub elementu strony, którego dotyczy, a gdy chodzi o informację w innej formie – wskazanie dogodnej formy jej przekazania.",
    "Ośrodek realizuje żądanie niezwłocznie, nie później niż w ciągu 7 dni od dnia jego zgłoszenia. Jeśli dotrzymanie tego terminu nie jest możliwe, ośrodek niezwłocznie informuje, kiedy żądanie zrealizuje – nie później niż w ciągu 2 miesięcy od dnia zgłoszenia. Jeśli zapewnienie dostępności nie jest możliwe, ośrodek może zaproponować alternatywny sposób dostępu do informacji.",
    "Jeśli ośrodek odmówi realizacji żądania albo alternatywnego sposobu dostępu do informacji, można złożyć skargę w sprawie zapewnienia dostępności cyfrowej strony internetowej lub jej elementu.",
  ],
  ombudsman: "Po wyczerpaniu tej procedury można złożyć wniosek do Rzecznika Praw Obywatelskich:",
  architectureHeading: "Dostępność architektoniczna",
  address: "Siedziba ośrodka:",
  architectureUnknown: "Ośrodek nie opisał jeszcze dostępności swojego budynku. Informacje uzyskasz pod numerem telefonu i adresem e-mail podanymi wyżej.",
  appsHeading: "Aplikacje mobilne",
  apps: "Serwis Razem nie ma aplikacji mobilnej.",
};

const uk: StatementCatalogue = {
  title: "Декларація доступності",
  defaultNotice: "Центр ще не заповнив цю декларацію. Інформацію нижче підготовлено на основі даних центру; якщо маєте запитання, зверніться до центру.",
  ownTextsNote: "Тексти, які написав сам центр, подано польською мовою.",
  commitment: ` зобов'язується забезпечити доступність свого вебсайту відповідно до ${ACT_UK}.`,
  scopeBefore: "Ця декларація доступності стосується вебсайту центру в сервісі Razem:",
  scopeAfter: "– разом зі сторінками пропозицій, планом зустрічей і календарем, польською, українською та англійською мовами.",
  publishedOn: "Дата публікації вебсайту:",
  updatedOn: "Дата останнього суттєвого оновлення:",
  complianceHeading: "Стан цифрової доступності",
  status: {
    FULL: { before: "Вебсайт ", word: "повністю відповідає", after: ` вимогам ${ACT_UK}.` },
    PARTIAL: { before: "Вебсайт ", word: "частково відповідає", after: ` вимогам ${ACT_UK} через невідповідності або винятки, перелічені нижче.` },
    NONE: { before: "Вебсайт ", word: "не відповідає", after: ` вимогам ${ACT_UK}. Невідповідності або винятки перелічено нижче.` },
  },
  nonAccessibleHeading: "Недоступний вміст",
  featuresHeading: "Зручності на сторінці",
  features: [
    "Сторінкою можна повністю користуватися за допомогою самої клавіатури, зокрема стандартними клавіатурними скороченнями браузера. Посилання «Перейти до змісту» дає змогу пропустити заголовок.",
    "Кнопки «Більший текст» і «Високий контраст» у заголовку змінюють вигляд сторінки. Ваш вибір запам'ятовується в цьому браузері.",
  ],
  preparationHeading: "Підготовка декларації доступності",
  preparedOn: "Декларацію складено:",
  method: "Декларацію складено на підставі:",
  feedbackHeading: "Зворотний зв'язок і контактні дані",
  feedbackIntro: "Якщо ви помітили проблему з доступністю цього вебсайту або хочете надіслати зауваження, зверніться до відповідальної особи:",
  contactPerson: "Контактна особа:",
  email: "Електронна пошта:",
  phone: "Телефон:",
  feedbackSameWay: "Тим самим способом можна подавати вимоги щодо забезпечення доступності, запити на надання інформації в іншій формі та скарги.",
  procedureHeading: "Порядок подання вимог і скарг",
  procedure: [
    "Кожен має право вимагати, щоб центр забезпечив цифрову доступність вебсайту або його елемента чи надав інформацію в альтернативний спосіб – наприклад, зачитав недоступний документ або описав зміст зображення.",
    "Вимога має містити контактні дані особи, яка її подає, зазначення сторінки або елемента сторінки, якого вона стосується, а якщо йдеться про інформацію в іншій формі – зручну форму її надання.",
    "Центр виконує вимогу без зайвої затримки, не пізніше ніж за 7 днів від дня її подання. Якщо дотриматися цього строку неможливо, центр без зволікань повідомляє, коли вимогу буде виконано, – не пізніше ніж за 2 місяці від дня подання. Якщо забезпечити доступність неможливо, центр може запропонувати альтернативний спосіб доступу до інформації.",
    "Якщо центр відмовить у виконанні вимоги або в альтернативному способі доступу до інформації, можна подати скаргу щодо забезпечення цифрової доступності вебсайту або його елемента.",
  ],
  ombudsman: "Після завершення цієї процедури можна звернутися до Уповноваженого з прав людини Польщі (Rzecznik Praw Obywatelskich):",
  architectureHeading: "Архітектурна доступність",
  address: "Адреса центру:",
  architectureUnknown: "Центр ще не описав доступність своєї будівлі. Інформацію можна отримати за телефоном або електронною поштою, зазначеними вище.",
  appsHeading: "Мобільні застосунки",
  apps: "Сервіс Razem не має мобільного застосунку.",
};

const en: StatementCatalogue = {
  title: "Accessibility statement",
  defaultNotice:
    "The centre has not completed this statement yet. The information below is based on the centre's details; if you have questions, please contact the centre.",
  ownTextsNote: "Texts written by the centre itself are in Polish.",
  commitment: ` is committed to making its website accessible in accordance with ${ACT_EN}.`,
  scopeBefore: "This accessibility statement applies to the centre's website on Razem:",
  scopeAfter: "– including the pages about its activities, the meeting schedule and the calendar, in Polish, Ukrainian and English.",
  publishedOn: "Date of publication of the website:",
  updatedOn: "Date of the last significant update:",
  complianceHeading: "Compliance status",
  status: {
    FULL: { before: "This website is ", word: "fully compliant", after: ` with ${ACT_EN}.` },
    PARTIAL: { before: "This website is ", word: "partially compliant", after: ` with ${ACT_EN}, due to the non-compliances or exemptions listed below.` },
    NONE: { before: "This website is ", word: "not compliant", after: ` with ${ACT_EN}. The non-compliances or exemptions are listed below.` },
  },
  nonAccessibleHeading: "Non-accessible content",
  featuresHeading: "Accessibility features",
  features: [
    "You can use the website with a keyboard alone, including your browser's standard keyboard shortcuts. The “Skip to content” link lets you skip the header.",
    "The “Larger text” and “High contrast” buttons in the header change how the page looks. Your choice is remembered in this browser.",
  ],
  preparationHeading: "Preparation of this accessibility statement",
  preparedOn: "This statement was prepared on:",
  method: "The statement was prepared on the basis of:",
  feedbackHeading: "Feedback and contact information",
  feedbackIntro: "If you find a problem with the accessibility of this website or have comments, please contact the person responsible:",
  contactPerson: "Contact person:",
  email: "Email:",
  phone: "Phone:",
  feedbackSameWay: "You can use the same contact details to request accessibility, to ask for information in another format, or to make a complaint.",
  procedureHeading: "Requests and complaints procedure",
  procedure: [
    "Everyone has the right to ask the centre to make the website or a part of it accessible, or to provide information in an alternative way – for example by reading out an inaccessible document or describing the content of an image.",
    "The request should include the contact details of the person making it, the page or part of the page it concerns and, if the information is wanted in another form, the form that suits them.",
    "The centre deals with the request without undue delay and no later than 7 days after it was made. If that is not possible, the centre tells the person without delay when the request will be met, which must be no later than 2 months after it was made. If accessibility cannot be provided, the centre may offer an alternative way of accessing the information.",
    "If the centre refuses the request or an alternative way of access, you can make a complaint about the digital accessibility of the website or a part of it.",
  ],
  ombudsman: "Once this procedure is exhausted, you can apply to the Polish Commissioner for Human Rights (Rzecznik Praw Obywatelskich):",
  architectureHeading: "Architectural accessibility",
  address: "The centre's address:",
  architectureUnknown: "The centre has not yet described the accessibility of its building. You can ask using the phone number or email address above.",
  appsHeading: "Mobile applications",
  apps: "Razem does not have a mobile application.",
};

const catalogues: Record<Locale, StatementCatalogue> = { pl, uk, en };

export function statementMessages(locale: Locale): StatementCatalogue {
  return catalogues[locale];
}
