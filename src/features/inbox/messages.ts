// What residents read around the contact form on an offer page, in Polish, Ukrainian and English.
// Polish is the source; every language must have every key (a missing one does not compile).
import type { Locale } from "@/features/i18n/locales";

export type ContactCatalogue = {
  heading: string;
  intro: string;
  message: string;
  messageHint: string;
  contact: string;
  optional: string;
  contactHint: string;
  /** Label of the field only bots fill in; nobody else ever sees it. */
  trap: string;
  send: string;
  sending: string;
  sentTitle: string;
  sentBody: string;
  messageRequired: string;
  messageTooLong: string;
  contactTooLong: string;
  fixErrors: string;
  offerGone: string;
  tooManyFromYou: string;
  tooManyToday: string;
  unexpected: string;
  /** Headings of the error summary and the prefix screen readers say before a field's error. */
  summaryFix: string;
  summaryFailed: string;
  errorPrefix: string;
};

const pl: ContactCatalogue = {
  heading: "Zgłoś zmianę / zadaj pytanie",
  intro: "Widzisz nieaktualną informację albo masz pytanie o te zajęcia? Napisz do ośrodka. Wiadomość przeczyta pracownik ośrodka.",
  message: "Twoja wiadomość",
  messageHint:
    "Najwyżej 2000 znaków. Nie podawaj informacji o zdrowiu, sytuacji rodzinnej ani innych danych wrażliwych – w takich sprawach zadzwoń albo przyjdź do ośrodka.",
  contact: "Kontakt do Ciebie",
  optional: "(nieobowiązkowo)",
  contactHint: "E-mail lub numer telefonu, jeśli chcesz dostać odpowiedź.",
  trap: "Zostaw to pole puste",
  send: "Wyślij wiadomość",
  sending: "Wysyłanie…",
  sentTitle: "Dziękujemy, wiadomość została wysłana",
  sentBody: "Przeczyta ją pracownik ośrodka. Jeśli podano kontakt, odpowie w godzinach pracy ośrodka.",
  messageRequired: "Wpisz treść wiadomości.",
  messageTooLong: "Wiadomość może mieć najwyżej 2000 znaków. Skróć ją.",
  contactTooLong: "Kontakt może mieć najwyżej 200 znaków.",
  fixErrors: "Popraw zaznaczone pola.",
  offerGone: "Z tej strony nie można już wysłać wiadomości. Skontaktuj się z ośrodkiem telefonicznie lub mailowo.",
  tooManyFromYou: "Z Twojego połączenia wysłano w krótkim czasie dużo wiadomości. Spróbuj ponownie za godzinę albo zadzwoń do ośrodka.",
  tooManyToday: "Ośrodek dostał dziś bardzo dużo wiadomości. Spróbuj jutro albo zadzwoń do ośrodka.",
  unexpected: "Coś poszło nie tak i wiadomość nie została wysłana. Spróbuj ponownie za chwilę.",
  summaryFix: "Popraw następujące błędy",
  summaryFailed: "Nie udało się",
  errorPrefix: "Błąd",
};

const uk: ContactCatalogue = {
  heading: "Повідомити про зміну / поставити запитання",
  intro: "Бачите застарілу інформацію або маєте запитання про ці заняття? Напишіть до центру. Повідомлення прочитає працівник центру.",
  message: "Ваше повідомлення",
  messageHint:
    "Не більше 2000 символів. Не пишіть про здоров'я, сімейну ситуацію чи інші чутливі дані – з такими питаннями зателефонуйте або прийдіть до центру.",
  contact: "Ваші контакти",
  optional: "(необов'язково)",
  contactHint: "Електронна пошта або номер телефону, якщо хочете отримати відповідь.",
  trap: "Залиште це поле порожнім",
  send: "Надіслати повідомлення",
  sending: "Надсилання…",
  sentTitle: "Дякуємо, повідомлення надіслано",
  sentBody: "Його прочитає працівник центру. Якщо ви залишили контакти, вам дадуть відповідь у робочі години центру.",
  messageRequired: "Напишіть текст повідомлення.",
  messageTooLong: "Повідомлення може містити не більше 2000 символів. Скоротіть його.",
  contactTooLong: "Контакти можуть містити не більше 200 символів.",
  fixErrors: "Виправте позначені поля.",
  offerGone: "З цієї сторінки вже не можна надіслати повідомлення. Зв'яжіться з центром телефоном або електронною поштою.",
  tooManyFromYou: "З вашого з'єднання за короткий час надіслано багато повідомлень. Спробуйте ще раз за годину або зателефонуйте до центру.",
  tooManyToday: "Сьогодні центр отримав дуже багато повідомлень. Спробуйте завтра або зателефонуйте до центру.",
  unexpected: "Щось пішло не так, і повідомлення не надіслано. Спробуйте ще раз за хвилину.",
  summaryFix: "Виправте такі помилки",
  summaryFailed: "Не вдалося",
  errorPrefix: "Помилка",
};

const en: ContactCatalogue = {
  heading: "Report a change / ask a question",
  intro: "Spotted something out of date, or have a question about these activities? Write to the centre. A member of staff will read your message.",
  message: "Your message",
  messageHint:
    "Up to 2,000 characters. Please do not write about your health, family situation or other sensitive matters – for those, phone or visit the centre.",
  contact: "How to contact you",
  optional: "(optional)",
  contactHint: "Email address or phone number, if you would like a reply.",
  trap: "Leave this field empty",
  send: "Send message",
  sending: "Sending…",
  sentTitle: "Thank you, your message has been sent",
  sentBody: "A member of staff will read it. If you left contact details, they will reply during the centre's opening hours.",
  messageRequired: "Enter your message.",
  messageTooLong: "Your message must be 2,000 characters or fewer. Please shorten it.",
  contactTooLong: "Contact details must be 200 characters or fewer.",
  fixErrors: "Correct the highlighted fields.",
  offerGone: "Messages can no longer be sent from this page. Please contact the centre by phone or email.",
  tooManyFromYou: "Many messages have been sent from your connection in a short time. Please try again in an hour, or phone the centre.",
  tooManyToday: "The centre has received a very large number of messages today. Please try again tomorrow, or phone the centre.",
  unexpected: "Something went wrong and your message was not sent. Please try again in a moment.",
  summaryFix: "Please correct the following",
  summaryFailed: "Something went wrong",
  errorPrefix: "Error",
};

const catalogues: Record<Locale, ContactCatalogue> = { pl, uk, en };

export function contactMessages(locale: Locale): ContactCatalogue {
  return catalogues[locale];
}
