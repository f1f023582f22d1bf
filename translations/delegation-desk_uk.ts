<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name>Calendar</name>
    <message>
        <source>Counterparts: %1</source>
        <translation>Співрозмовники: %1</translation>
    </message>
    <message>
        <source>Who goes: %1</source>
        <translation>Учасники: %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Результат: %1</translation>
    </message>
    <message>
        <source>Delegation: %1</source>
        <translation>Делегація: %1</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Не вдалося записати «%1»: %2</translation>
    </message>
</context>
<context>
    <name>CalendarCommand</name>
    <message>
        <source>Usage: %1</source>
        <translation>Використання: %1</translation>
    </message>
    <message>
        <source>Writes a delegation&apos;s meetings as an iCalendar file (RFC 5545) for Thunderbird, Outlook and phone calendars: one event per meeting, in the meeting&apos;s time zone (else the event&apos;s). Meetings without a start time are left out.</source>
        <translation>Записує зустрічі делегації у файл iCalendar (RFC 5545) для Thunderbird, Outlook і календарів на телефоні: одна подія на кожну зустріч, у часовому поясі зустрічі (якщо його не вказано — заходу). Зустрічі без часу початку пропускаються.</translation>
    </message>
    <message>
        <source>Show help for this command.</source>
        <translation>Показати довідку до цієї команди.</translation>
    </message>
    <message>
        <source>The delegation (its name or uid).</source>
        <translation>Делегація (її назва або uid).</translation>
    </message>
    <message>
        <source>The .ics file to write (written whole or not at all), or - for standard output.</source>
        <translation>Файл .ics для запису (записується повністю або не записується взагалі) або - для стандартного виводу.</translation>
    </message>
    <message>
        <source>calendar takes no arguments, only options.</source>
        <translation>Команда calendar не приймає аргументів, лише параметри.</translation>
    </message>
    <message>
        <source>calendar needs --delegation NAME|UID.</source>
        <translation>Команда calendar потребує --delegation NAME|UID.</translation>
    </message>
    <message>
        <source>calendar needs --output FILE.ics.</source>
        <translation>Команда calendar потребує --output FILE.ics.</translation>
    </message>
    <message numerus="yes">
        <source>Left out %n meeting(s) without a start time.</source>
        <translation>
            <numerusform>Пропущено %n зустріч без часу початку.</numerusform>
            <numerusform>Пропущено %n зустрічі без часу початку.</numerusform>
            <numerusform>Пропущено %n зустрічей без часу початку.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n event(s) to standard output.</source>
        <translation>
            <numerusform>Записано %n подію в стандартний вивід.</numerusform>
            <numerusform>Записано %n події в стандартний вивід.</numerusform>
            <numerusform>Записано %n подій у стандартний вивід.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n event(s) to “%1”.</source>
        <translation>
            <numerusform>Записано %n подію в «%1».</numerusform>
            <numerusform>Записано %n події в «%1».</numerusform>
            <numerusform>Записано %n подій у «%1».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeLog</name>
    <message>
        <source>The database cannot replay changes.</source>
        <translation>База даних не може повторно застосувати зміни.</translation>
    </message>
    <message>
        <source>The database is open read-only.</source>
        <translation>Базу даних відкрито лише для читання.</translation>
    </message>
    <message>
        <source>Another change is still being written.</source>
        <translation>Інша зміна ще записується.</translation>
    </message>
    <message>
        <source>The recorded changes are damaged.</source>
        <translation>Записані зміни пошкоджено.</translation>
    </message>
    <message>
        <source>Replaying the changes would leave a record in “%1” pointing to one that is gone.</source>
        <translation>Після повторного застосування змін запис у «%1» посилався б на вже видалений запис.</translation>
    </message>
    <message>
        <source>This cannot be replayed: the list “%1” has changed since.</source>
        <translation>Цю зміну не можна повторно застосувати: список «%1» відтоді змінився.</translation>
    </message>
</context>
<context>
    <name>ChangeRecorder</name>
    <message>
        <source>The database cannot record changes.</source>
        <translation>База даних не може записувати зміни.</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Check-in Desk</source>
        <translation>Стійка реєстрації</translation>
    </message>
    <message>
        <source>&amp;Delegation:</source>
        <translation>&amp;Делегація:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ім’я:</translation>
    </message>
    <message>
        <source>A few letters of the name, in Cyrillic or Latin letters</source>
        <translation>Кілька літер імені кирилицею або латиницею</translation>
    </message>
    <message>
        <source>↑ ↓ choose among the matches, Enter checks the person in, Esc closes.</source>
        <translation>↑ ↓ — вибір серед збігів, Enter — зареєструвати людину, Esc — закрити.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Show help for this command.</source>
        <translation>Показати довідку до цієї команди.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Використання: %1</translation>
    </message>
    <message>
        <source>Loads the demonstration scenario (the Congress of Mayors of France) into a new or empty database.</source>
        <translation>Завантажує демонстраційний сценарій (Конгрес мерів Франції) у нову або порожню базу даних.</translation>
    </message>
    <message>
        <source>demo takes no arguments.</source>
        <translation>Команда demo не приймає аргументів.</translation>
    </message>
    <message>
        <source>Loaded the demonstration scenario into “%1”.</source>
        <translation>Демонстраційний сценарій завантажено в «%1».</translation>
    </message>
    <message>
        <source>Checks the database&apos;s integrity and its references. Exits with 0 only when it is healthy.</source>
        <translation>Перевіряє цілісність бази даних і посилання в ній. Завершується з кодом 0, лише якщо все гаразд.</translation>
    </message>
    <message>
        <source>check takes no arguments.</source>
        <translation>Команда check не приймає аргументів.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n problem(s).</source>
        <translation>
            <numerusform>У «%1» знайдено %n проблему.</numerusform>
            <numerusform>У «%1» знайдено %n проблеми.</numerusform>
            <numerusform>У «%1» знайдено %n проблем.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is healthy (database version %2).</source>
        <translation>«%1» у порядку (версія бази даних %2).</translation>
    </message>
    <message>
        <source>The new file to write the copy to.</source>
        <translation>Новий файл, у який буде записано копію.</translation>
    </message>
    <message>
        <source>Writes a consistent copy of the database to a new file.</source>
        <translation>Записує узгоджену копію бази даних у новий файл.</translation>
    </message>
    <message>
        <source>backup takes one argument: the file to write.</source>
        <translation>Команда backup приймає один аргумент: файл для запису.</translation>
    </message>
    <message>
        <source>“%1” exists already; a backup is never written over a file.</source>
        <translation>«%1» уже існує; резервна копія ніколи не перезаписує наявний файл.</translation>
    </message>
    <message>
        <source>Cannot write the backup “%1”: %2</source>
        <translation>Не вдалося записати резервну копію «%1»: %2</translation>
    </message>
    <message>
        <source>Wrote a copy of the database to “%1”.</source>
        <translation>Копію бази даних записано в «%1».</translation>
    </message>
    <message>
        <source>load the demonstration scenario into a new or empty database</source>
        <translation>завантажити демонстраційний сценарій у нову або порожню базу даних</translation>
    </message>
    <message>
        <source>check integrity and references; exit 0 only when healthy</source>
        <translation>перевірити цілісність і посилання; код 0 — лише якщо все гаразд</translation>
    </message>
    <message>
        <source>write a consistent copy of the database to a new file</source>
        <translation>записати узгоджену копію бази даних у новий файл</translation>
    </message>
    <message>
        <source>Delegation Desk organises municipal delegations and city-to-city partnerships.
Without a command it opens the window; with one it runs without a window.</source>
        <translation>Delegation Desk організовує муніципальні делегації та партнерства між громадами.
Без команди відкриває вікно; з командою працює без вікна.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показати цю довідку.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Показати версію.</translation>
    </message>
    <message>
        <source>The database file to open (default: %1).</source>
        <translation>Файл бази даних, який слід відкрити (типово: %1).</translation>
    </message>
    <message>
        <source>The language of the window and of messages: en, uk or fr.</source>
        <translation>Мова вікна та повідомлень: en, uk або fr.</translation>
    </message>
    <message>
        <source>Try “%1 --help”.</source>
        <translation>Спробуйте «%1 --help».</translation>
    </message>
    <message>
        <source>Unknown language “%1”; use en, uk or fr.</source>
        <translation>Невідома мова «%1»; використовуйте en, uk або fr.</translation>
    </message>
    <message>
        <source>--database needs a file name.</source>
        <translation>Параметр --database потребує імені файлу.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Невідома команда «%1».</translation>
    </message>
    <message>
        <source>Commands (“COMMAND --help” tells more):</source>
        <translation>Команди («COMMAND --help» покаже докладніше):</translation>
    </message>
    <message>
        <source>A command to run without the window.</source>
        <translation>Команда, яку слід виконати без вікна.</translation>
    </message>
    <message>
        <source>The words to look for (each one as a prefix).</source>
        <translation>Слова для пошуку (кожне — як початок слова).</translation>
    </message>
    <message>
        <source>At most this many hits (default 50).</source>
        <translation>Не більше стількох результатів (типово 50).</translation>
    </message>
    <message>
        <source>Searches contacts, communities, organisations, events, delegations, meetings and partnerships, as the window&apos;s search (Ctrl+K) does. Prints one hit per line: kind, uid, title and detail, separated by tabs.</source>
        <translation>Шукає контакти, громади, організації, заходи, делегації, зустрічі та партнерства — так само, як пошук у вікні (Ctrl+K). Виводить один результат на рядок: тип, uid, назву та подробиці, розділені табуляцією.</translation>
    </message>
    <message>
        <source>search needs a QUERY.</source>
        <translation>Команда search потребує запиту QUERY.</translation>
    </message>
    <message>
        <source>--limit takes a whole number of at least 1.</source>
        <translation>Параметр --limit приймає ціле число, не менше 1.</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s).</source>
        <translation>
            <numerusform>%n результат.</numerusform>
            <numerusform>%n результати.</numerusform>
            <numerusform>%n результатів.</numerusform>
        </translation>
    </message>
    <message>
        <source>search everything, as Ctrl+K does in the window</source>
        <translation>шукати всюди, як Ctrl+K у вікні</translation>
    </message>
    <message>
        <source>write a table or an attendee list as CSV</source>
        <translation>записати таблицю або список учасників у CSV</translation>
    </message>
    <message>
        <source>read contacts, communities, organisations or attendees from CSV</source>
        <translation>прочитати контакти, громади, організації або учасників із CSV</translation>
    </message>
    <message>
        <source>write a delegation&apos;s list, badges, programme or letters as PDF</source>
        <translation>записати список, бейджі, програму чи листи делегації в PDF</translation>
    </message>
    <message>
        <source>write a delegation&apos;s meetings as an iCalendar file</source>
        <translation>записати зустрічі делегації у файл iCalendar</translation>
    </message>
</context>
<context>
    <name>CommunityDialog</name>
    <message>
        <source>New Community</source>
        <translation>Нова громада</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>A hromada, a commune, a city…</source>
        <translation>Громада, комуна, місто…</translation>
    </message>
    <message>
        <source>In its own script. Ukrainian hromadas and French communes are completed from the official gazetteers; any other place is typed freely.</source>
        <translation>Мовою оригіналу. Громади України та комуни Франції доповнюються з офіційних довідників; будь-яке інше місце вводиться вручну.</translation>
    </message>
    <message>
        <source>Name in &amp;Latin:</source>
        <translation>Назва &amp;латиницею:</translation>
    </message>
    <message>
        <source>As written in Latin letters. For a Ukrainian name, the official transliteration is suggested in grey until you type your own.</source>
        <translation>Як пишеться латинськими літерами. Для української назви сірим пропонується офіційна транслітерація, доки ви не введете свою.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Країна:</translation>
    </message>
    <message>
        <source>UA, FR…</source>
        <translation>UA, FR…</translation>
    </message>
    <message>
        <source>The two-letter country code (ISO 3166-1): UA, FR, DE, SE, PL…</source>
        <translation>Дволітерний код країни (ISO 3166-1): UA, FR, DE, SE, PL…</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Регіон:</translation>
    </message>
    <message>
        <source>Oblast, région, Land…</source>
        <translation>Область, регіон, земля…</translation>
    </message>
    <message>
        <source>S&amp;ubregion:</source>
        <translation>&amp;Підрегіон:</translation>
    </message>
    <message>
        <source>Raion, département, district…</source>
        <translation>Район, департамент, округ…</translation>
    </message>
    <message>
        <source>Official &amp;code:</source>
        <translation>О&amp;фіційний код:</translation>
    </message>
    <message>
        <source>KATOTTG, INSEE…</source>
        <translation>КАТОТТГ, INSEE…</translation>
    </message>
    <message>
        <source>The code of the official register: KATOTTG for Ukraine, INSEE for France. Kept as text.</source>
        <translation>Код в офіційному реєстрі: КАТОТТГ для України, INSEE для Франції. Зберігається як текст.</translation>
    </message>
    <message>
        <source>C&amp;entre:</source>
        <translation>&amp;Центр:</translation>
    </message>
    <message>
        <source>A hromada&apos;s administrative centre, e.g. Корюківка for Корюківська громада.</source>
        <translation>Адміністративний центр громади, напр. Корюківка для Корюківської громади.</translation>
    </message>
    <message>
        <source>&amp;Population:</source>
        <translation>Н&amp;аселення:</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Невідомо</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Н&amp;отатки:</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>New Contact</source>
        <translation>Новий контакт</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>&amp;Salutation:</source>
        <translation>Зве&amp;ртання:</translation>
    </message>
    <message>
        <source>Mr, Ms, Dr, пан, пані…</source>
        <translation>пан, пані, Mr, Ms, Dr…</translation>
    </message>
    <message>
        <source>How the person is addressed in letters and on badges.</source>
        <translation>Як звертатися до людини в листах і на бейджах.</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Ім’я:</translation>
    </message>
    <message>
        <source>In the person&apos;s own script: Юрій, Marie.</source>
        <translation>Мовою та письмом самої людини: Юрій, Marie.</translation>
    </message>
    <message>
        <source>&amp;Patronymic:</source>
        <translation>По &amp;батькові:</translation>
    </message>
    <message>
        <source>If the person has one</source>
        <translation>Якщо є</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Прізвище:</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обов’язково</translation>
    </message>
    <message>
        <source>In the person&apos;s own script: Шевченко, Dupont. Lists sort by it.</source>
        <translation>Мовою та письмом самої людини: Шевченко, Dupont. За ним сортуються списки.</translation>
    </message>
    <message>
        <source>Gi&amp;ven name (passport):</source>
        <translation>Ім’я (з&amp;а паспортом):</translation>
    </message>
    <message>
        <source>Fa&amp;mily name (passport):</source>
        <translation>Прі&amp;звище (за паспортом):</translation>
    </message>
    <message>
        <source>As in the passport; filled from the Ukrainian spelling by the official rules — correct it if the passport differs.</source>
        <translation>Як у паспорті; заповнюється з українського написання за офіційними правилами — виправте, якщо в паспорті інакше.</translation>
    </message>
    <message>
        <source>Work and contact details</source>
        <translation>Робота й контактні дані</translation>
    </message>
    <message>
        <source>Pos&amp;ition:</source>
        <translation>По&amp;сада:</translation>
    </message>
    <message>
        <source>Mayor, adviser, interpreter…</source>
        <translation>Голова громади, радник, перекладач…</translation>
    </message>
    <message>
        <source>&amp;Community:</source>
        <translation>&amp;Громада:</translation>
    </message>
    <message>
        <source>The community the person works for or represents.</source>
        <translation>Громада, у якій людина працює або яку представляє.</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Організація:</translation>
    </message>
    <message>
        <source>The organisation the person works for or represents.</source>
        <translation>Організація, у якій людина працює або яку представляє.</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Ел. пошта:</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Те&amp;лефон:</translation>
    </message>
    <message>
        <source>+380 44 000 00 00</source>
        <translation>+380 44 000 00 00</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Мови:</translation>
    </message>
    <message>
        <source>uk, en, fr</source>
        <translation>uk, en, fr</translation>
    </message>
    <message>
        <source>The languages the person speaks, for interpreting and seating.</source>
        <translation>Мови, якими людина володіє, — для перекладу та розсадки.</translation>
    </message>
    <message>
        <source>Nationalit&amp;y:</source>
        <translation>Громадянс&amp;тво:</translation>
    </message>
    <message>
        <source>UA, FR…</source>
        <translation>UA, FR…</translation>
    </message>
    <message>
        <source>The two-letter country code (ISO 3166-1) of the passport: UA, FR, DE…</source>
        <translation>Дволітерний код країни (ISO 3166-1), що видала паспорт: UA, FR, DE…</translation>
    </message>
    <message>
        <source>May appear on p&amp;ublic lists</source>
        <translation>Можна вказувати в п&amp;ублічних списках</translation>
    </message>
    <message>
        <source>The person agreed that their name may be printed in programmes and participant lists shared outside the team.</source>
        <translation>Людина погодилася, щоб її ім’я друкували в програмах і списках учасників, які передають за межі команди.</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Нотатки:</translation>
    </message>
    <message>
        <source>With the country code for a number abroad. Digits, spaces and + - ( ) / .</source>
        <translation>Для номера за кордоном — з кодом країни. Цифри, пробіли та + - ( ) / .</translation>
    </message>
</context>
<context>
    <name>ContactRules</name>
    <message>
        <source>Enter the family name.</source>
        <translation>Введіть прізвище.</translation>
    </message>
    <message>
        <source>An e-mail address has no spaces.</source>
        <translation>Адреса електронної пошти не містить пробілів.</translation>
    </message>
    <message>
        <source>An e-mail address looks like name@example.org.</source>
        <translation>Адреса електронної пошти має вигляд name@example.org.</translation>
    </message>
    <message>
        <source>A + may only start a phone number.</source>
        <translation>Знак + може стояти лише на початку номера телефону.</translation>
    </message>
    <message>
        <source>A phone number has at least six digits.</source>
        <translation>Номер телефону містить щонайменше шість цифр.</translation>
    </message>
    <message>
        <source>The nationality is a two-letter country code, such as UA, FR or DE.</source>
        <translation>Громадянство — це дволітерний код країни, наприклад UA, FR або DE.</translation>
    </message>
    <message>
        <source>Only digits, spaces and the signs + - ( ) / . belong in a phone number.</source>
        <translation>У номері телефону можуть бути лише цифри, пробіли та знаки + - ( ) / .</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>“%1” cannot be exported.</source>
        <translation>«%1» неможливо експортувати.</translation>
    </message>
    <message>
        <source>“%1” is not a field of %2. Its fields are: %3.</source>
        <translation>«%1» не є полем %2. Його поля: %3.</translation>
    </message>
    <message>
        <source>No field was chosen.</source>
        <translation>Не вибрано жодного поля.</translation>
    </message>
    <message>
        <source>Only attendees and meetings can be chosen by delegation, not %1.</source>
        <translation>Вибирати за делегацією можна лише учасників і зустрічі, а не %1.</translation>
    </message>
    <message>
        <source>Only attendees can be chosen by status, not %1.</source>
        <translation>Вибирати за статусом можна лише учасників, а не %1.</translation>
    </message>
    <message>
        <source>“%1” is not an attendee status. The statuses are: %2.</source>
        <translation>«%1» не є статусом учасника. Статуси: %2.</translation>
    </message>
    <message>
        <source>The list of %1 has no column “%2”.</source>
        <translation>Список «%1» не має стовпця «%2».</translation>
    </message>
    <message>
        <source>No column was chosen.</source>
        <translation>Не вибрано жодного стовпця.</translation>
    </message>
    <message>
        <source>Presets are for attendee lists only; “%1” is another list.</source>
        <translation>Шаблони призначені лише для списків учасників; «%1» — інший список.</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>Column “%1” is not imported: no field has that name.</source>
        <translation>Стовпець «%1» не імпортується: немає поля з такою назвою.</translation>
    </message>
    <message>
        <source>Column “%1” is not imported: an earlier column holds the field “%2”.</source>
        <translation>Стовпець «%1» не імпортується: поле «%2» уже береться з попереднього стовпця.</translation>
    </message>
    <message>
        <source>The file has no column “%1” (for the field “%2”).</source>
        <translation>У файлі немає стовпця «%1» (для поля «%2»).</translation>
    </message>
    <message>
        <source>No column holds the field “%1” (%2), which every row needs; name it in the header or map it.</source>
        <translation>Жоден стовпець не містить поля «%1» (%2), обов’язкового для кожного рядка; додайте його назву в заголовок або зіставте з ним стовпець.</translation>
    </message>
    <message>
        <source>“%1” is not one of %2.</source>
        <translation>«%1» не належить до допустимих значень: %2.</translation>
    </message>
    <message>
        <source>“%1” is neither yes nor no.</source>
        <translation>«%1» не є ні «так», ні «ні».</translation>
    </message>
    <message>
        <source>“%1” is not a date written as 2025-11-18.</source>
        <translation>«%1» не є датою у форматі 2025-11-18.</translation>
    </message>
    <message>
        <source>“%1” is not a date and time written as 2025-11-18T09:30.</source>
        <translation>«%1» не є датою й часом у форматі 2025-11-18T09:30.</translation>
    </message>
    <message>
        <source>No community has the code or uid “%1”.</source>
        <translation>Немає громади з кодом або uid «%1».</translation>
    </message>
    <message>
        <source>There is no community “%1”; import or enter it first.</source>
        <translation>Громади «%1» немає; спершу імпортуйте або введіть її.</translation>
    </message>
    <message>
        <source>There is no organisation “%1”; import or enter it first.</source>
        <translation>Організації «%1» немає; спершу імпортуйте або введіть її.</translation>
    </message>
    <message>
        <source>No contact has the uid “%1”.</source>
        <translation>Немає контакту з uid «%1».</translation>
    </message>
    <message>
        <source>A community needs a name.</source>
        <translation>Громада повинна мати назву.</translation>
    </message>
    <message>
        <source>“%1” is not a population (a whole number of at least 0).</source>
        <translation>«%1» не є кількістю населення (потрібне ціле число, не менше 0).</translation>
    </message>
    <message>
        <source>The row names no delegation.</source>
        <translation>У рядку не вказано делегацію.</translation>
    </message>
    <message>
        <source>The check-out date is before the check-in date.</source>
        <translation>Дата виселення раніша за дату заселення.</translation>
    </message>
    <message>
        <source>The file has no header line.</source>
        <translation>У файлі немає рядка заголовка.</translation>
    </message>
    <message>
        <source>Attendees are imported into a delegation: choose one, or map a delegation column.</source>
        <translation>Учасників імпортують у делегацію: виберіть її або вкажіть стовпець із делегацією.</translation>
    </message>
    <message>
        <source>Line %1: the database refused the row: %2</source>
        <translation>Рядок %1: база даних відхилила рядок: %2</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Імпорт скасовано; нічого не змінено.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems; nothing was imported.</source>
        <translation>
            <numerusform>Проблеми в %n рядку; нічого не імпортовано.</numerusform>
            <numerusform>Проблеми в %n рядках; нічого не імпортовано.</numerusform>
            <numerusform>Проблеми в %n рядках; нічого не імпортовано.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import could not be saved: %1</source>
        <translation>Не вдалося зберегти результат імпорту: %1</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Не вдалося прочитати «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Не вдалося записати «%1»: %2</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>причина</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Рядок %1: %2</translation>
    </message>
    <message>
        <source>Line %1, field “%2”: %3</source>
        <translation>Рядок %1, поле «%2»: %3</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Пропустити</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Оновити</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Створити</translation>
    </message>
    <message>
        <source>No member of this delegation is named “%1”.</source>
        <translation>У цій делегації немає учасника на ім’я «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) of this delegation are named “%1”.</source>
        <translation>
            <numerusform>Ім’я «%1» має %n учасник цієї делегації.</numerusform>
            <numerusform>Ім’я «%1» мають %n учасники цієї делегації.</numerusform>
            <numerusform>Ім’я «%1» мають %n учасників цієї делегації.</numerusform>
        </translation>
    </message>
    <message>
        <source>A member cannot share a room with themselves.</source>
        <translation>Учасник не може ділити номер сам із собою.</translation>
    </message>
    <message>
        <source>The table %1 has no field “%2”.</source>
        <translation>Таблиця %1 не має поля «%2».</translation>
    </message>
    <message>
        <source>Column “%1” (the field “%2”) is not imported into the table %3.</source>
        <translation>Стовпець «%1» (поле «%2») не імпортується в таблицю %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n communities are named “%1”; give the code of the one you mean in community_code.</source>
        <translation>
            <numerusform>Назву «%1» має %n громада; укажіть у community_code код потрібної.</numerusform>
            <numerusform>Назву «%1» мають %n громади; укажіть у community_code код потрібної.</numerusform>
            <numerusform>Назву «%1» мають %n громад; укажіть у community_code код потрібної.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisations are named “%1”; give the uid of the one you mean.</source>
        <translation>
            <numerusform>Назву «%1» має %n організація; укажіть uid потрібної.</numerusform>
            <numerusform>Назву «%1» мають %n організації; укажіть uid потрібної.</numerusform>
            <numerusform>Назву «%1» мають %n організацій; укажіть uid потрібної.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The row has %n field(s) where the header has %1.</source>
        <translation>
            <numerusform>Рядок містить %n поле, а заголовок — %1.</numerusform>
            <numerusform>Рядок містить %n поля, а заголовок — %1.</numerusform>
            <numerusform>Рядок містить %n полів, а заголовок — %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The table %1 cannot be imported; import contacts, communities, organisations or attendees.</source>
        <translation>Таблицю %1 не можна імпортувати; імпортувати можна контакти, громади, організації або учасників.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Detect</source>
        <translation>Автовизначення</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (кирилиця)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (західноєвропейське)</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Кома</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Крапка з комою</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляція</translation>
    </message>
    <message>
        <source>The file holds binary data (a NUL byte at byte %1), not CSV text.</source>
        <translation>Файл містить двійкові дані (байт NUL у позиції %1), а не текст CSV.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Файл неможливо прочитати.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл порожній.</translation>
    </message>
    <message>
        <source>The file holds binary data (control characters), not CSV text.</source>
        <translation>Файл містить двійкові дані (керувальні символи), а не текст CSV.</translation>
    </message>
    <message>
        <source>This system cannot decode %1.</source>
        <translation>Ця система не підтримує кодування %1.</translation>
    </message>
    <message>
        <source>The file is not valid %1 text (near line %2); choose its encoding.</source>
        <translation>Файл не є коректним текстом у кодуванні %1 (біля рядка %2); виберіть його кодування.</translation>
    </message>
    <message>
        <source>Line %1: a field is longer than %2 characters; this is not a list of records (or a quote is missing).</source>
        <translation>Рядок %1: поле довше за %2 символів; це не список записів (або бракує лапки).</translation>
    </message>
    <message>
        <source>Line %1, character %2: the quoted field that starts here never ends (a closing quote is missing).</source>
        <translation>Рядок %1, символ %2: поле в лапках, що починається тут, ніде не закінчується (бракує закривної лапки).</translation>
    </message>
    <message>
        <source>Line %1, character %2: a stray quote inside a field that does not start with one (put the whole field in quotes and double the quote).</source>
        <translation>Рядок %1, символ %2: зайва лапка всередині поля, що не починається з лапки (візьміть усе поле в лапки й подвойте цю лапку).</translation>
    </message>
    <message>
        <source>Line %1, character %2: a stray quote (a closing quote followed by “%3”); a quote inside a quoted field must be doubled.</source>
        <translation>Рядок %1, символ %2: зайва лапка (після закривної лапки йде «%3»); лапку всередині поля в лапках треба подвоювати.</translation>
    </message>
    <message numerus="yes">
        <source>Line %1 has %n field(s) where the first line has %2.</source>
        <translation>
            <numerusform>Рядок %1 містить %n поле, а перший рядок — %2.</numerusform>
            <numerusform>Рядок %1 містить %n поля, а перший рядок — %2.</numerusform>
            <numerusform>Рядок %1 містить %n полів, а перший рядок — %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>The output refused the data.</source>
        <translation>Вивід не прийняв даних.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message numerus="yes">
        <source>the file ends inside its header (%n byte(s))</source>
        <translation>
            <numerusform>файл закінчується всередині заголовка (%n байт)</numerusform>
            <numerusform>файл закінчується всередині заголовка (%n байти)</numerusform>
            <numerusform>файл закінчується всередині заголовка (%n байтів)</numerusform>
        </translation>
    </message>
    <message>
        <source>its header gives an impossible page size (%1)</source>
        <translation>заголовок указує неможливий розмір сторінки (%1)</translation>
    </message>
    <message>
        <source>the file is truncated: %1 bytes, where its header promises %2</source>
        <translation>файл обрізано: %1 байтів, тоді як заголовок обіцяє %2</translation>
    </message>
    <message>
        <source>its size (%1 bytes) is not a whole number of pages of %2 bytes</source>
        <translation>його розмір (%1 байтів) не є цілою кількістю сторінок по %2 байтів</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a database file.</source>
        <translation>«%1» — це тека, а не файл бази даних.</translation>
    </message>
    <message>
        <source>The database “%1” does not exist.</source>
        <translation>Бази даних «%1» не існує.</translation>
    </message>
    <message>
        <source>Cannot create the database “%1”: the folder cannot be written.</source>
        <translation>Не вдалося створити базу даних «%1»: до теки неможливо записувати.</translation>
    </message>
    <message>
        <source>“%1” is a damaged database: %2. It was not changed; restore it from a backup (a copy named “.bak-v…” may lie beside it).</source>
        <translation>«%1» — пошкоджена база даних: %2. Її не змінено; відновіть її з резервної копії (поруч може бути копія з назвою «.bak-v…»).</translation>
    </message>
    <message>
        <source>“%1” is not a Delegation Desk database (it is not an SQLite file).</source>
        <translation>«%1» не є базою даних Delegation Desk (це не файл SQLite).</translation>
    </message>
    <message>
        <source>“%1” is read-only; it can be opened for reading only.</source>
        <translation>«%1» доступна лише для читання; її можна відкрити тільки для перегляду.</translation>
    </message>
    <message>
        <source>“%1” is already open for writing by user %2 on %3 (process %4, %5). Close it there first, or open a copy.</source>
        <translation>«%1» уже відкрито для запису користувачем %2 на %3 (процес %4, %5). Спочатку закрийте її там або відкрийте копію.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>невідомо</translation>
    </message>
    <message>
        <source>Cannot lock “%1” for writing: the lock file “%2” cannot be created.</source>
        <translation>Не вдалося заблокувати «%1» для запису: неможливо створити файл блокування «%2».</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>Не вдалося відкрити «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is a damaged database: %2. It was not changed.</source>
        <translation>«%1» — пошкоджена база даних: %2. Її не змінено.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another program, not of Delegation Desk. It was not changed.</source>
        <translation>«%1» — база даних SQLite іншої програми, а не Delegation Desk. Її не змінено.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Delegation Desk (database version %2; this version reads up to %3). Update Delegation Desk to open it.</source>
        <translation>«%1» записано новішою версією Delegation Desk (версія бази даних %2; ця версія читає до %3). Оновіть Delegation Desk, щоб відкрити її.</translation>
    </message>
    <message>
        <source>“%1” needs an upgrade from database version %2 to %3, but it is read-only.</source>
        <translation>«%1» потребує оновлення з версії бази даних %2 до %3, але вона доступна лише для читання.</translation>
    </message>
    <message>
        <source>“%1” is empty and read-only: there is nothing to show.</source>
        <translation>«%1» порожня й доступна лише для читання: показувати нічого.</translation>
    </message>
    <message>
        <source>Cannot prepare “%1”: %2</source>
        <translation>Не вдалося підготувати «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot upgrade “%1”: the backup copy “%2” could not be written (%3). The database was not changed.</source>
        <translation>Не вдалося оновити «%1»: резервну копію «%2» не вдалося записати (%3). Базу даних не змінено.</translation>
    </message>
    <message>
        <source>Upgrading “%1” from database version %2 to %3 failed: %4. The database was left at version %2.</source>
        <translation>Не вдалося оновити «%1» з версії бази даних %2 до %3: %4. База даних залишилася у версії %2.</translation>
    </message>
    <message>
        <source>The integrity check could not run: %1</source>
        <translation>Не вдалося виконати перевірку цілісності: %1</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Цілісність: %1</translation>
    </message>
    <message>
        <source>The foreign-key check could not run: %1</source>
        <translation>Не вдалося виконати перевірку зовнішніх ключів: %1</translation>
    </message>
    <message>
        <source>Table %1, row %2 refers to a missing record in %3.</source>
        <translation>Таблиця %1, рядок %2 посилається на відсутній запис у %3.</translation>
    </message>
    <message>
        <source>The file is not marked as a Delegation Desk database.</source>
        <translation>Файл не позначено як базу даних Delegation Desk.</translation>
    </message>
    <message>
        <source>The database is at version %1; this program expects version %2.</source>
        <translation>База даних має версію %1; ця програма очікує версію %2.</translation>
    </message>
    <message>
        <source>“%1” needs an upgrade from database version %2 to %3, which needs it opened for writing.</source>
        <translation>«%1» потребує оновлення з версії бази даних %2 до %3, для чого її треба відкрити для запису.</translation>
    </message>
    <message>
        <source>The search index does not match its documents: %1</source>
        <translation>Пошуковий індекс не відповідає своїм документам: %1</translation>
    </message>
</context>
<context>
    <name>DelegationDialog</name>
    <message>
        <source>New Delegation</source>
        <translation>Нова делегація</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Делегація</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обов’язково</translation>
    </message>
    <message>
        <source>Cities4Cities delegation to the Congress of Mayors…</source>
        <translation>Делегація Cities4Cities на Конгрес мерів…</translation>
    </message>
    <message>
        <source>E&amp;vent:</source>
        <translation>&amp;Захід:</translation>
    </message>
    <message>
        <source>The event the delegation travels to.</source>
        <translation>Захід, на який їде делегація.</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>&amp;Head of delegation:</source>
        <translation>&amp;Голова делегації:</translation>
    </message>
    <message>
        <source>The contact who leads the delegation.</source>
        <translation>Контакт, який очолює делегацію.</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>&amp;Дата початку:</translation>
    </message>
    <message>
        <source>The day the delegation leaves; leave empty while it is not known.</source>
        <translation>День виїзду делегації; залиште порожнім, поки він невідомий.</translation>
    </message>
    <message>
        <source>En&amp;ds on:</source>
        <translation>Дата кін&amp;ця:</translation>
    </message>
    <message>
        <source>The day the delegation comes back; leave empty while it is not known.</source>
        <translation>День повернення делегації; залиште порожнім, поки він невідомий.</translation>
    </message>
    <message>
        <source>&amp;Planned size:</source>
        <translation>Планова &amp;чисельність:</translation>
    </message>
    <message>
        <source>How many communities or people the delegation counts in all, when more are expected than are entered.</source>
        <translation>Скільки всього громад або людей налічує делегація, якщо очікується більше, ніж внесено.</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Організації</translation>
    </message>
    <message>
        <source>&amp;Coordinator:</source>
        <translation>К&amp;оординатор:</translation>
    </message>
    <message>
        <source>The organisation that coordinates the delegation.</source>
        <translation>Організація, яка координує делегацію.</translation>
    </message>
    <message>
        <source>P&amp;artners:</source>
        <translation>Па&amp;ртнери:</translation>
    </message>
    <message>
        <source>The organisations the delegation travels in partnership with: tick each one (Space ticks the current one).</source>
        <translation>Організації, у партнерстві з якими їде делегація: позначте кожну (пробіл позначає поточну).</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>Нотат&amp;ки:</translation>
    </message>
</context>
<context>
    <name>DelegationRules</name>
    <message>
        <source>Enter the name of the delegation.</source>
        <translation>Введіть назву делегації.</translation>
    </message>
    <message>
        <source>The delegation cannot end before it starts.</source>
        <translation>Делегація не може завершитися раніше, ніж почнеться.</translation>
    </message>
    <message>
        <source>The planned size cannot be negative.</source>
        <translation>Планова чисельність не може бути від’ємною.</translation>
    </message>
    <message>
        <source>The departure cannot be before the arrival.</source>
        <translation>Від’їзд не може бути раніше за прибуття.</translation>
    </message>
    <message>
        <source>Arrives on %1, before the delegation starts (%2).</source>
        <translation>Прибуває %1, до початку поїздки делегації (%2).</translation>
    </message>
    <message>
        <source>Arrives on %1, after the delegation ends (%2).</source>
        <translation>Прибуває %1, після завершення поїздки делегації (%2).</translation>
    </message>
    <message>
        <source>Leaves on %1, after the delegation ends (%2).</source>
        <translation>Від’їжджає %1, після завершення поїздки делегації (%2).</translation>
    </message>
    <message>
        <source>Leaves on %1, before the delegation starts (%2).</source>
        <translation>Від’їжджає %1, до початку поїздки делегації (%2).</translation>
    </message>
</context>
<context>
    <name>DemoScenario</name>
    <message>
        <source>%1: %2</source>
        <comment>place in the document: problem</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the record could not be saved (%1)</source>
        <translation>запис не вдалося зберегти (%1)</translation>
    </message>
    <message>
        <source>unknown field %1</source>
        <translation>невідоме поле %1</translation>
    </message>
    <message>
        <source>the section %1 must be a list</source>
        <translation>розділ %1 має бути списком</translation>
    </message>
    <message>
        <source>each entry must be a JSON object</source>
        <translation>кожен запис має бути об’єктом JSON</translation>
    </message>
    <message>
        <source>the key is used twice in %1</source>
        <translation>ключ використано двічі в %1</translation>
    </message>
    <message>
        <source>the field %1 must be text</source>
        <translation>поле %1 має бути текстом</translation>
    </message>
    <message>
        <source>the field %1 is required</source>
        <translation>поле %1 обов’язкове</translation>
    </message>
    <message>
        <source>the field %1 must be a two-letter country code such as UA or FR, not %2</source>
        <translation>поле %1 має бути дволітерним кодом країни, як-от UA чи FR, а не %2</translation>
    </message>
    <message>
        <source>the field %1 has the unknown value %2 (known: %3)</source>
        <translation>поле %1 має невідоме значення %2 (відомі: %3)</translation>
    </message>
    <message>
        <source>the field %1 must be a whole number of zero or more</source>
        <translation>поле %1 має бути цілим числом, не меншим за нуль</translation>
    </message>
    <message>
        <source>the field %1 must be true or false</source>
        <translation>поле %1 має бути true або false</translation>
    </message>
    <message>
        <source>the field %1 must be a date like 2025-11-18, not %2</source>
        <translation>поле %1 має бути датою на зразок 2025-11-18, а не %2</translation>
    </message>
    <message>
        <source>the field %1 must be a date and time like 2025-11-18T09:30, not %2</source>
        <translation>поле %1 має бути датою й часом на зразок 2025-11-18T09:30, а не %2</translation>
    </message>
    <message>
        <source>the field %1 refers to %2, which is not defined (before this entry) in %3</source>
        <translation>поле %1 посилається на %2, якого не визначено (до цього запису) в %3</translation>
    </message>
    <message>
        <source>the field %1 must be a list</source>
        <translation>поле %1 має бути списком</translation>
    </message>
    <message>
        <source>the field %1 must be a list of keys</source>
        <translation>поле %1 має бути списком ключів</translation>
    </message>
    <message>
        <source>the field %1 names %2 twice</source>
        <translation>поле %1 двічі називає %2</translation>
    </message>
    <message>
        <source>the contact %1 is a member twice</source>
        <translation>контакт %1 є учасником двічі</translation>
    </message>
    <message>
        <source>the field %1 refers to %2, which is not a member of this delegation</source>
        <translation>поле %1 посилається на %2, який не є учасником цієї делегації</translation>
    </message>
    <message>
        <source>a member cannot share a room with themselves</source>
        <translation>учасник не може ділити номер сам із собою</translation>
    </message>
    <message>
        <source>a partnership needs at least one named party</source>
        <translation>партнерство потребує принаймні однієї названої сторони</translation>
    </message>
    <message>
        <source>%1 is smaller than the number of named parties (%2)</source>
        <translation>%1 менше за кількість названих сторін (%2)</translation>
    </message>
    <message>
        <source>the last stage in %1 is %2, but the partnership&apos;s stage is %3</source>
        <translation>останній етап у %1 — %2, але етап партнерства — %3</translation>
    </message>
    <message>
        <source>the document is not a demonstration scenario (its %1 is not %2)</source>
        <translation>документ не є демонстраційним сценарієм (його %1 не %2)</translation>
    </message>
    <message>
        <source>the document has format version %1; this program reads version %2</source>
        <translation>документ має версію формату %1; ця програма читає версію %2</translation>
    </message>
    <message>
        <source>The demonstration scenario is missing from this build (%1: %2).</source>
        <translation>У цій збірці відсутній демонстраційний сценарій (%1: %2).</translation>
    </message>
    <message>
        <source>The demonstration scenario is not valid JSON: %1 (at byte %2).</source>
        <translation>Демонстраційний сценарій не є коректним JSON: %1 (у байті %2).</translation>
    </message>
    <message>
        <source>The demonstration scenario must be a JSON object.</source>
        <translation>Демонстраційний сценарій має бути об’єктом JSON.</translation>
    </message>
    <message>
        <source>The database “%1” is open for reading only; the demonstration scenario was not loaded.</source>
        <translation>Базу даних «%1» відкрито лише для читання; демонстраційний сценарій не завантажено.</translation>
    </message>
    <message>
        <source>The demonstration scenario was not loaded: the database “%1” cannot be written (%2).</source>
        <translation>Демонстраційний сценарій не завантажено: до бази даних «%1» неможливо записувати (%2).</translation>
    </message>
    <message>
        <source>The database “%1” already holds records. The demonstration scenario is loaded only into a new or empty database.</source>
        <translation>База даних «%1» уже містить записи. Демонстраційний сценарій завантажується лише в нову або порожню базу даних.</translation>
    </message>
    <message>
        <source>The demonstration scenario was not loaded; nothing was changed. %1</source>
        <translation>Демонстраційний сценарій не завантажено; нічого не змінено. %1</translation>
    </message>
    <message>
        <source>The demonstration scenario was not loaded; nothing was changed. Saving failed: %1</source>
        <translation>Демонстраційний сценарій не завантажено; нічого не змінено. Не вдалося зберегти: %1</translation>
    </message>
    <message>
        <source>a party names exactly one of the fields %1 and %2</source>
        <translation>сторона має вказувати рівно одне з полів %1 і %2</translation>
    </message>
</context>
<context>
    <name>Dependants</name>
    <message>
        <source>%1, %2</source>
        <comment>a list of what a deletion touches</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last item of a list of what a deletion touches</comment>
        <translation>%1 і %2</translation>
    </message>
    <message numerus="yes">
        <source>%n delegation membership(s)</source>
        <translation>
            <numerusform>%n участь у делегації</numerusform>
            <numerusform>%n участі в делегаціях</numerusform>
            <numerusform>%n участей у делегаціях</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting participation(s)</source>
        <translation>
            <numerusform>%n участь у зустрічі</numerusform>
            <numerusform>%n участі в зустрічах</numerusform>
            <numerusform>%n участей у зустрічах</numerusform>
        </translation>
    </message>
    <message>
        <source>the date of birth and passport details</source>
        <translation>дата народження та паспортні дані</translation>
    </message>
    <message numerus="yes">
        <source>%n delegation(s) without a head</source>
        <translation>
            <numerusform>%n делегація без голови</numerusform>
            <numerusform>%n делегації без голови</numerusform>
            <numerusform>%n делегацій без голови</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delegation member(s) without a room-mate</source>
        <translation>
            <numerusform>%n учасник делегації без сусіда по номеру</numerusform>
            <numerusform>%n учасники делегації без сусіда по номеру</numerusform>
            <numerusform>%n учасників делегації без сусіда по номеру</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) without a community</source>
        <translation>
            <numerusform>%n контакт без громади</numerusform>
            <numerusform>%n контакти без громади</numerusform>
            <numerusform>%n контактів без громади</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delegation member(s) without a community</source>
        <translation>
            <numerusform>%n учасник делегації без громади</numerusform>
            <numerusform>%n учасники делегації без громади</numerusform>
            <numerusform>%n учасників делегації без громади</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) as a meeting counterpart</source>
        <translation>
            <numerusform>%n позиція співрозмовника на зустрічі</numerusform>
            <numerusform>%n позиції співрозмовника на зустрічах</numerusform>
            <numerusform>%n позицій співрозмовника на зустрічах</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) as a party to a partnership</source>
        <translation>
            <numerusform>%n позиція сторони партнерства</numerusform>
            <numerusform>%n позиції сторони партнерств</numerusform>
            <numerusform>%n позицій сторони партнерств</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s) without a parent organisation</source>
        <translation>
            <numerusform>%n організація без батьківської організації</numerusform>
            <numerusform>%n організації без батьківської організації</numerusform>
            <numerusform>%n організацій без батьківської організації</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) without an organisation</source>
        <translation>
            <numerusform>%n контакт без організації</numerusform>
            <numerusform>%n контакти без організації</numerusform>
            <numerusform>%n контактів без організації</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) without an organiser</source>
        <translation>
            <numerusform>%n подія без організатора</numerusform>
            <numerusform>%n події без організатора</numerusform>
            <numerusform>%n подій без організатора</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delegation(s) without a coordinator</source>
        <translation>
            <numerusform>%n делегація без координатора</numerusform>
            <numerusform>%n делегації без координатора</numerusform>
            <numerusform>%n делегацій без координатора</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) as a delegation partner</source>
        <translation>
            <numerusform>%n позиція партнера делегації</numerusform>
            <numerusform>%n позиції партнера делегацій</numerusform>
            <numerusform>%n позицій партнера делегацій</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) as a partnership facilitator</source>
        <translation>
            <numerusform>%n позиція посередника партнерства</numerusform>
            <numerusform>%n позиції посередника партнерств</numerusform>
            <numerusform>%n позицій посередника партнерств</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other record(s)</source>
        <translation>
            <numerusform>%n інший запис</numerusform>
            <numerusform>%n інші записи</numerusform>
            <numerusform>%n інших записів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other record(s) without a link to it</source>
        <translation>
            <numerusform>%n інший запис без зв’язку з ним</numerusform>
            <numerusform>%n інші записи без зв’язку з ним</numerusform>
            <numerusform>%n інших записів без зв’язку з ним</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1? Nothing else refers to it.</source>
        <translation>Видалити %1? Ніщо інше на цей запис не посилається.</translation>
    </message>
    <message>
        <source>Deleting %1 also removes %2.</source>
        <translation>Якщо видалити %1, буде також видалено: %2.</translation>
    </message>
    <message>
        <source>Deleting %1 leaves %2.</source>
        <translation>Якщо видалити %1, залишаться: %2.</translation>
    </message>
    <message>
        <source>Deleting %1 also removes %2, and leaves %3.</source>
        <translation>Якщо видалити %1, буде також видалено: %2; залишаться: %3.</translation>
    </message>
    <message>
        <source>partnership %1</source>
        <translation>партнерство %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>partnerships named in a deletion question</comment>
        <translation>
            <numerusform>%1 і ще %n</numerusform>
            <numerusform>%1 і ще %n</numerusform>
            <numerusform>%1 і ще %n</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between partnerships&apos; names</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>It is a party to %n partnership(s) (%1), which will go on without it.</source>
        <translation>
            <numerusform>Цей запис є стороною %n партнерства (%1), яке триватиме без нього.</numerusform>
            <numerusform>Цей запис є стороною %n партнерств (%1), які триватимуть без нього.</numerusform>
            <numerusform>Цей запис є стороною %n партнерств (%1), які триватимуть без нього.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Видалити %1?</translation>
    </message>
</context>
<context>
    <name>DocumentHtml</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n зустріч</numerusform>
            <numerusform>%n зустрічі</numerusform>
            <numerusform>%n зустрічей</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Зустріч</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Місце</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>Співрозмовники</translation>
    </message>
    <message>
        <source>No meeting is planned yet.</source>
        <translation>Зустрічей ще не заплановано.</translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s)</source>
        <translation>
            <numerusform>%n гість</numerusform>
            <numerusform>%n гості</numerusform>
            <numerusform>%n гостей</numerusform>
        </translation>
    </message>
    <message>
        <source>Guest (as in the passport)</source>
        <translation>Гість (ім’я за паспортом)</translation>
    </message>
    <message>
        <source>Room type</source>
        <translation>Тип номера</translation>
    </message>
    <message>
        <source>Sharing with</source>
        <translation>Ділить номер з</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>Ночей</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Потреби</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>Прибуття</translation>
    </message>
    <message>
        <source>Departures</source>
        <translation>Від’їзд</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Громада</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Транспорт</translation>
    </message>
    <message>
        <source>Flight or train</source>
        <translation>Рейс або поїзд</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Date not known yet</source>
        <translation>Дата ще невідома</translation>
    </message>
    <message>
        <source>No arrival is known yet.</source>
        <translation>Відомостей про прибуття ще немає.</translation>
    </message>
    <message>
        <source>No departure is known yet.</source>
        <translation>Відомостей про від’їзд ще немає.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ні</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <comment>attendee list: how many people</comment>
        <translation>
            <numerusform>%n учасник</numerusform>
            <numerusform>%n учасники</numerusform>
            <numerusform>%n учасників</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <comment>attendee list: how many communities, each a group</comment>
        <translation>
            <numerusform>%n група</numerusform>
            <numerusform>%n групи</numerusform>
            <numerusform>%n груп</numerusform>
        </translation>
    </message>
    <message>
        <source>Who goes</source>
        <comment>programme: the delegation&apos;s members at the meeting</comment>
        <translation>Учасники</translation>
    </message>
    <message>
        <source>Date not set yet</source>
        <comment>programme: the heading of meetings without a date</comment>
        <translation>Дату ще не визначено</translation>
    </message>
    <message>
        <source>Check-in</source>
        <comment>rooming list: the day of arrival at the hotel</comment>
        <translation>Заселення</translation>
    </message>
    <message>
        <source>Check-out</source>
        <comment>rooming list: the day of leaving the hotel</comment>
        <translation>Виселення</translation>
    </message>
    <message>
        <source>Place not known yet</source>
        <translation>Місце ще невідоме</translation>
    </message>
</context>
<context>
    <name>DocumentOptionsDialog</name>
    <message>
        <source>&amp;Columns:</source>
        <translation>&amp;Стовпці:</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Макет:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <source>P&amp;urpose of the visit:</source>
        <translation>М&amp;ета візиту:</translation>
    </message>
    <message>
        <source>Empty: to take part in the event</source>
        <translation>Якщо не заповнено: участь у заході</translation>
    </message>
    <message>
        <source>&amp;Who pays the stay:</source>
        <translation>&amp;Хто оплачує перебування:</translation>
    </message>
    <message>
        <source>Empty: the coordinating organisation</source>
        <translation>Якщо не заповнено: організація-координатор</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Шаблон:</translation>
    </message>
    <message>
        <source>Template &amp;file:</source>
        <translation>&amp;Файл шаблону:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Вибрати…</translation>
    </message>
    <message>
        <source>Each letter shows the member&apos;s date of birth and passport number.</source>
        <translation>У кожному листі зазначено дату народження й номер паспорта учасника.</translation>
    </message>
    <message>
        <source>An HTML file in UTF-8</source>
        <translation>Файл HTML у кодуванні UTF-8</translation>
    </message>
    <message>
        <source>The letter as HTML, with {{placeholders}} such as {{passport_name}} where the member&apos;s details go. The built-in letter shows them all.</source>
        <translation>Лист у форматі HTML із підстановками в подвійних фігурних дужках, як-от {{passport_name}}, у місцях, де мають стояти дані учасника. У вбудованому листі використано всі підстановки.</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Для кого:</translation>
    </message>
    <message>
        <source>Reprints are easy: a badge is marked printed once printed from the preview or saved as PDF.</source>
        <translation>Передрук — це просто: бейдж позначається надрукованим, щойно його надруковано з попереднього перегляду або збережено в PDF.</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <source>Print preview: %1</source>
        <translation>Попередній перегляд друку: %1</translation>
    </message>
</context>
<context>
    <name>DocumentSource</name>
    <message>
        <source>Attendee list</source>
        <translation>Список учасників</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Бейджі</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Програма</translation>
    </message>
    <message>
        <source>Rooming list</source>
        <translation>Список розселення</translation>
    </message>
    <message>
        <source>Arrivals and departures</source>
        <translation>Прибуття та від’їзд</translation>
    </message>
    <message>
        <source>Visa invitation letters</source>
        <translation>Візові листи-запрошення</translation>
    </message>
    <message>
        <source>The delegation does not exist.</source>
        <translation>Такої делегації не існує.</translation>
    </message>
    <message>
        <source>“%1” is not a member of the delegation “%2”.</source>
        <translation>«%1» не є учасником делегації «%2».</translation>
    </message>
    <message>
        <source>Without a community</source>
        <translation>Без громади</translation>
    </message>
    <message>
        <source>Hotel not chosen yet</source>
        <translation>Готель ще не вибрано</translation>
    </message>
    <message>
        <source>Cannot read the template “%1”: it is a folder.</source>
        <translation>Не вдалося прочитати шаблон листа «%1»: це папка.</translation>
    </message>
    <message>
        <source>Cannot read the template “%1”: %2</source>
        <translation>Не вдалося прочитати шаблон листа «%1»: %2</translation>
    </message>
    <message>
        <source>The template “%1” is not UTF-8 text.</source>
        <translation>Шаблон листа «%1» не є текстом у кодуванні UTF-8.</translation>
    </message>
    <message>
        <source>The template “%1” uses placeholders the letters do not know: %2.</source>
        <translation>Шаблон листа «%1» містить невідомі підстановки: %2.</translation>
    </message>
    <message>
        <source>The template “%1” has no placeholder such as {{passport_name}}: it is not a letter template.</source>
        <translation>Шаблон «%1» не містить жодної підстановки на зразок {{passport_name}}: це не шаблон листа.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Сторінка %1 з %2</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Дата друку: %1</translation>
    </message>
    <message>
        <source>Cannot draw the document on this device.</source>
        <translation>Не вдалося сформувати документ на цьому пристрої.</translation>
    </message>
    <message>
        <source>Cannot start a new page.</source>
        <translation>Не вдалося почати нову сторінку.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Не вдалося записати «%1»: %2</translation>
    </message>
</context>
<context>
    <name>Entity</name>
    <message>
        <source>Communities</source>
        <translation>Громади</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Організації</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакти</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Події</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Делегації</translation>
    </message>
    <message>
        <source>Delegation members</source>
        <translation>Учасники делегацій</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Зустрічі</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Партнерства</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Громада</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Організація</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Подія</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Делегація</translation>
    </message>
    <message>
        <source>Delegation member</source>
        <translation>Учасник делегації</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Зустріч</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Партнерство</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>New Event</source>
        <translation>Нова подія</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Подія</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обов’язково</translation>
    </message>
    <message>
        <source>Congress of Mayors of France, Study visit to Lviv…</source>
        <translation>Конгрес мерів Франції, навчальний візит до Львова…</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Organiser:</source>
        <translation>&amp;Організатор:</translation>
    </message>
    <message>
        <source>The organisation that holds the event.</source>
        <translation>Організація, яка проводить захід.</translation>
    </message>
    <message>
        <source>Expected &amp;attendance:</source>
        <translation>Очікувана &amp;кількість учасників:</translation>
    </message>
    <message>
        <source>How many people the organiser expects, if known.</source>
        <translation>Скільки людей очікує організатор, якщо відомо.</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Вебсайт:</translation>
    </message>
    <message>
        <source>https://example.org</source>
        <translation>https://example.org</translation>
    </message>
    <message>
        <source>Where and when</source>
        <translation>Де і коли</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Місто:</translation>
    </message>
    <message>
        <source>Paris, Київ…</source>
        <translation>Paris, Київ…</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>К&amp;раїна:</translation>
    </message>
    <message>
        <source>UA, FR…</source>
        <translation>UA, FR…</translation>
    </message>
    <message>
        <source>The two-letter country code (ISO 3166-1): UA, FR, DE…</source>
        <translation>Дволітерний код країни (ISO 3166-1): UA, FR, DE…</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>Місце &amp;проведення:</translation>
    </message>
    <message>
        <source>Paris Expo Porte de Versailles</source>
        <translation>Paris Expo Porte de Versailles</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>&amp;Дата початку:</translation>
    </message>
    <message>
        <source>The first day; leave empty while it is not known.</source>
        <translation>Перший день; залиште порожнім, поки він невідомий.</translation>
    </message>
    <message>
        <source>En&amp;ds on:</source>
        <translation>Дата &amp;завершення:</translation>
    </message>
    <message>
        <source>The last day; leave empty while it is not known.</source>
        <translation>Останній день; залиште порожнім, поки він невідомий.</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>Часовий по&amp;яс:</translation>
    </message>
    <message>
        <source>Where the event takes place, for the times of its meetings: Europe/Paris, Europe/Kyiv.</source>
        <translation>Де відбувається подія — для часу її зустрічей: Europe/Paris, Europe/Kyiv.</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>Нот&amp;атки:</translation>
    </message>
</context>
<context>
    <name>EventRules</name>
    <message>
        <source>Enter the name of the event.</source>
        <translation>Введіть назву події.</translation>
    </message>
    <message>
        <source>The event cannot end before it starts.</source>
        <translation>Подія не може завершитися раніше, ніж почнеться.</translation>
    </message>
    <message>
        <source>The expected attendance cannot be negative.</source>
        <translation>Очікувана кількість учасників не може бути від’ємною.</translation>
    </message>
    <message>
        <source>Choose a time zone from the list, such as Europe/Paris.</source>
        <translation>Виберіть часовий пояс зі списку, наприклад Europe/Paris.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Usage: %1</source>
        <translation>Використання: %1</translation>
    </message>
    <message>
        <source>Writes a table as CSV (RFC 4180, UTF-8): %1. Attendees are delegation members joined with their contact; purpose presets choose their columns: %2 (the public list holds only the members who agreed to appear on public lists). With --preset, --columns adds fields to the preset&apos;s. Sensitive fields (date of birth, passport number and expiry) are written only when named in --columns. A cell a spreadsheet would run as a formula gets a leading apostrophe unless --no-formula-guard is given.</source>
        <translation>Записує таблицю у форматі CSV (RFC 4180, UTF-8): %1. Учасники (attendees) — це учасники делегацій разом із їхніми контактними даними; шаблони за призначенням вибирають стовпці: %2 (публічний список містить лише тих учасників, які погодилися на появу в публічних списках). З --preset параметр --columns додає поля до полів шаблону. Конфіденційні поля (дата народження, номер паспорта та строк його дії) записуються, лише якщо їх названо в --columns. Клітинка, яку електронна таблиця виконала б як формулу, отримує на початку апостроф, якщо не задано --no-formula-guard.</translation>
    </message>
    <message>
        <source>The table to export: %1.</source>
        <translation>Таблиця для експорту: %1.</translation>
    </message>
    <message>
        <source>Show help for this command.</source>
        <translation>Показати довідку до цієї команди.</translation>
    </message>
    <message>
        <source>The file to write (written whole or not at all); - or nothing: standard output.</source>
        <translation>Файл для запису (записується повністю або не записується взагалі); - або нічого: стандартний вивід.</translation>
    </message>
    <message>
        <source>Only the attendees or meetings of this delegation (its name or uid).</source>
        <translation>Лише учасники або зустрічі цієї делегації (її назва або uid).</translation>
    </message>
    <message>
        <source>Only attendees with one of these statuses, separated by commas: %1.</source>
        <translation>Лише учасники з одним із цих статусів, через кому: %1.</translation>
    </message>
    <message>
        <source>A purpose preset for attendees: %1.</source>
        <translation>Шаблон за призначенням для учасників: %1.</translation>
    </message>
    <message>
        <source>The field ids to write, in order, separated by commas.</source>
        <translation>Ідентифікатори полів для запису, по порядку, через кому.</translation>
    </message>
    <message>
        <source>The first row: field labels in the --lang language (labels, the default) or stable field ids (ids).</source>
        <translation>Перший рядок: назви полів мовою --lang (labels, типово) або сталі ідентифікатори полів (ids).</translation>
    </message>
    <message>
        <source>The delimiter: comma (the default), semicolon or tab.</source>
        <translation>Роздільник: кома (типово), крапка з комою або табуляція.</translation>
    </message>
    <message>
        <source>Start with a UTF-8 byte-order mark, so that Excel shows Cyrillic.</source>
        <translation>Почати з мітки порядку байтів UTF-8 (BOM), щоб Excel показував кирилицю.</translation>
    </message>
    <message>
        <source>Write cells that start like a formula as they are, without the leading apostrophe.</source>
        <translation>Записувати клітинки, що починаються як формула, без змін, без апострофа на початку.</translation>
    </message>
    <message>
        <source>export takes one TABLE: %1.</source>
        <translation>Команда export приймає одну таблицю TABLE: %1.</translation>
    </message>
    <message>
        <source>Unknown table “%1”; use one of %2.</source>
        <translation>Невідома таблиця «%1»; використовуйте одну з: %2.</translation>
    </message>
    <message>
        <source>--header takes labels or ids, not “%1”.</source>
        <translation>Параметр --header приймає labels або ids, а не «%1».</translation>
    </message>
    <message>
        <source>--delimiter takes comma, semicolon or tab, not “%1”.</source>
        <translation>Параметр --delimiter приймає comma, semicolon або tab, а не «%1».</translation>
    </message>
    <message>
        <source>--output needs a file name, or - for standard output.</source>
        <translation>Параметр --output потребує імені файлу або - для стандартного виводу.</translation>
    </message>
    <message>
        <source>--delegation needs a name or uid.</source>
        <translation>Параметр --delegation потребує назви або uid.</translation>
    </message>
    <message>
        <source>--columns needs at least one field id.</source>
        <translation>Параметр --columns потребує принаймні одного ідентифікатора поля.</translation>
    </message>
    <message>
        <source>Unknown preset “%1”; the presets are %2.</source>
        <translation>Невідомий шаблон «%1»; доступні шаблони: %2.</translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1</source>
        <translation>Не вдалося записати в стандартний вивід: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s).</source>
        <translation>
            <numerusform>Експортовано %n рядок.</numerusform>
            <numerusform>Експортовано %n рядки.</numerusform>
            <numerusform>Експортовано %n рядків.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to “%1”.</source>
        <translation>
            <numerusform>Експортовано %n рядок у «%1».</numerusform>
            <numerusform>Експортовано %n рядки у «%1».</numerusform>
            <numerusform>Експортовано %n рядків у «%1».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCursor</name>
    <message>
        <source>“%1” has no field “%2”.</source>
        <translation>«%1» не має поля «%2».</translation>
    </message>
    <message>
        <source>No field was chosen.</source>
        <translation>Не вибрано жодного поля.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Базу даних не відкрито.</translation>
    </message>
    <message>
        <source>There is no delegation “%1”.</source>
        <translation>Делегації «%1» немає.</translation>
    </message>
    <message numerus="yes">
        <source>%n delegation(s) are named “%1”; give the uid of the one you mean.</source>
        <translation>
            <numerusform>%n делегація має назву «%1»; укажіть uid потрібної.</numerusform>
            <numerusform>%n делегації мають назву «%1»; укажіть uid потрібної.</numerusform>
            <numerusform>%n делегацій мають назву «%1»; укажіть uid потрібної.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to CSV</source>
        <translation>Експорт у CSV</translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <translation>&amp;Експорт:</translation>
    </message>
    <message>
        <source>&amp;Delegation:</source>
        <translation>&amp;Делегація:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Призначення:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Стовпці</translation>
    </message>
    <message>
        <source>Sensitive fields</source>
        <translation>Конфіденційні поля</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>Статуси</translation>
    </message>
    <message>
        <source>None ticked: every status.</source>
        <translation>Нічого не позначено: будь-який статус.</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Формат файлу</translation>
    </message>
    <message>
        <source>For E&amp;xcel</source>
        <translation>Для E&amp;xcel</translation>
    </message>
    <message>
        <source>&amp;Standard CSV (comma, no byte-order mark)</source>
        <translation>&amp;Стандартний CSV (кома, без BOM)</translation>
    </message>
    <message>
        <source>Header as &amp;labels</source>
        <translation>Заголовок — наз&amp;ви полів</translation>
    </message>
    <message>
        <source>Header as field &amp;ids (for scripts and import)</source>
        <translation>Заголовок — &amp;ідентифікатори полів (для скриптів та імпорту)</translation>
    </message>
    <message>
        <source>&amp;Guard against formulas (a cell starting with =, @, + or - gets a leading apostrophe)</source>
        <translation>&amp;Захист від формул (клітинка, що починається з =, @, + або -, отримує апостроф на початку)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
</context>
<context>
    <name>FastEntryDialog</name>
    <message>
        <source>Fast Entry</source>
        <translation>Швидке введення</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Контакт</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Ім’я:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Прізвище:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>П&amp;осада:</translation>
    </message>
    <message>
        <source>Comm&amp;unity:</source>
        <translation>&amp;Громада:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>Орга&amp;нізація:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Ел. пошта:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Теле&amp;фон:</translation>
    </message>
    <message>
        <source>&amp;Meeting note</source>
        <translation>Нотатка про &amp;зустріч</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>&amp;Delegation:</source>
        <translation>&amp;Делегація:</translation>
    </message>
    <message>
        <source>Counte&amp;rpart:</source>
        <translation>Спів&amp;розмовник:</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>Результ&amp;ат:</translation>
    </message>
    <message>
        <source>Fo&amp;llow-up:</source>
        <translation>Пода&amp;льші дії:</translation>
    </message>
    <message>
        <source>&amp;Saved in this session, newest first:</source>
        <translation>З&amp;бережено в цьому сеансі, найновіші вгорі:</translation>
    </message>
    <message>
        <source>Enter saves · Tab goes to the next field · Ctrl+1 contact · Ctrl+2 meeting note · Esc closes</source>
        <translation>Enter — зберегти · Tab — наступне поле · Ctrl+1 — контакт · Ctrl+2 — нотатка про зустріч · Esc — закрити</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Name (Latin)</source>
        <translation>Назва (латиницею)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регіон</translation>
    </message>
    <message>
        <source>Subregion</source>
        <translation>Підрегіон</translation>
    </message>
    <message>
        <source>Official code</source>
        <translation>Офіційний код</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Центр</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Населення</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Вебсайт</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Входить до</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Звертання</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>По батькові</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>Given name (passport)</source>
        <translation>Ім’я (за паспортом)</translation>
    </message>
    <message>
        <source>Family name (passport)</source>
        <translation>Прізвище (за паспортом)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Посада</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Громада</translation>
    </message>
    <message>
        <source>Community code</source>
        <translation>Код громади</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Організація</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Мови</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Громадянство</translation>
    </message>
    <message>
        <source>On public lists</source>
        <translation>У публічних списках</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Номер паспорта</translation>
    </message>
    <message>
        <source>Passport expiry</source>
        <translation>Паспорт дійсний до</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Місто</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Місце проведення</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Початок</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Кінець</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Організатор</translation>
    </message>
    <message>
        <source>Expected attendance</source>
        <translation>Очікувана кількість учасників</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовий пояс</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Подія</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Голова</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Делегація</translation>
    </message>
    <message>
        <source>Contact UID</source>
        <translation>UID контакту</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Зареєстровано</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Прибуття</translation>
    </message>
    <message>
        <source>Arrival transport</source>
        <translation>Транспорт прибуття</translation>
    </message>
    <message>
        <source>Arrival flight/train</source>
        <translation>Рейс/поїзд прибуття</translation>
    </message>
    <message>
        <source>Arrival airport/station</source>
        <translation>Аеропорт/вокзал прибуття</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Від’їзд</translation>
    </message>
    <message>
        <source>Departure transport</source>
        <translation>Транспорт від’їзду</translation>
    </message>
    <message>
        <source>Departure flight/train</source>
        <translation>Рейс/поїзд від’їзду</translation>
    </message>
    <message>
        <source>Departure airport/station</source>
        <translation>Аеропорт/вокзал від’їзду</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>Готель</translation>
    </message>
    <message>
        <source>Room type</source>
        <translation>Тип номера</translation>
    </message>
    <message>
        <source>Sharing with</source>
        <translation>Ділить номер з</translation>
    </message>
    <message>
        <source>Hotel check-in</source>
        <translation>Заселення в готель</translation>
    </message>
    <message>
        <source>Hotel check-out</source>
        <translation>Виселення з готелю</translation>
    </message>
    <message>
        <source>Visa</source>
        <translation>Віза</translation>
    </message>
    <message>
        <source>Invitation letter sent</source>
        <translation>Запрошення надіслано</translation>
    </message>
    <message>
        <source>Badge printed</source>
        <translation>Бейдж надруковано</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Харчові потреби</translation>
    </message>
    <message>
        <source>Accessibility needs</source>
        <translation>Потреби доступності</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Місце</translation>
    </message>
    <message>
        <source>Counterparts</source>
        <translation>Співрозмовники</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Учасники</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Подальші дії</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Термін подальших дій</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Сторони</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>Parties in all</source>
        <translation>Усього сторін</translation>
    </message>
    <message>
        <source>Areas of cooperation</source>
        <translation>Сфери співпраці</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Посередники</translation>
    </message>
    <message>
        <source>Born at</source>
        <translation>Започатковано на</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Підписано</translation>
    </message>
    <message>
        <source>Ratified</source>
        <translation>Ратифіковано</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Наступний крок</translation>
    </message>
    <message>
        <source>Next step due</source>
        <translation>Термін наступного кроку</translation>
    </message>
</context>
<context>
    <name>FieldCatalog</name>
    <message>
        <source>Public list</source>
        <translation>Публічний список</translation>
    </message>
    <message>
        <source>Hotel rooming list</source>
        <translation>Список розселення для готелю</translation>
    </message>
    <message>
        <source>Transport list</source>
        <translation>Транспортний список</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Бейджі</translation>
    </message>
    <message>
        <source>Visa list</source>
        <translation>Візовий список</translation>
    </message>
    <message>
        <source>Full list</source>
        <translation>Повний список</translation>
    </message>
    <message>
        <source>Name, position and community of the members who agreed to appear on public lists.</source>
        <translation>Ім’я, посада та громада учасників, які погодилися на появу в публічних списках.</translation>
    </message>
    <message>
        <source>Passport names, hotel, room type, room sharing and check-in and check-out dates, for the hotel.</source>
        <translation>Імена за паспортом, готель, тип номера, спільне проживання, дати заселення й виселення — для готелю.</translation>
    </message>
    <message>
        <source>Passport names with arrival and departure times, flights or trains and airports or stations, for a transport agency.</source>
        <translation>Імена за паспортом, час прибуття й від’їзду, рейси чи поїзди, аеропорти чи вокзали — для транспортної компанії.</translation>
    </message>
    <message>
        <source>Native and passport names, position, community and role, for printing badges.</source>
        <translation>Імена в оригіналі та за паспортом, посада, громада й роль — для друку бейджів.</translation>
    </message>
    <message>
        <source>Passport and native names, nationality, community, role and visa status.</source>
        <translation>Імена за паспортом і в оригіналі, громадянство, громада, роль і візовий статус.</translation>
    </message>
    <message>
        <source>Every field of the members except the sensitive ones.</source>
        <translation>Усі поля учасників, крім конфіденційних.</translation>
    </message>
    <message>
        <source>Sensitive fields are the date of birth, the passport number and the passport&apos;s expiry date. They are never exported through a preset: tick each one you need for this export, and send the file only to whom it is for.</source>
        <translation>Конфіденційні поля — це дата народження, номер паспорта та строк дії паспорта. Вони ніколи не експортуються через шаблон: позначте кожне, яке потрібне для цього експорту, і надсилайте файл лише тому, кому він призначений.</translation>
    </message>
</context>
<context>
    <name>FormInput</name>
    <message>
        <source>Enter a date such as %1.</source>
        <translation>Введіть дату, наприклад %1.</translation>
    </message>
    <message>
        <source>Enter a whole number, such as 20.</source>
        <translation>Введіть ціле число, наприклад 20.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Usage: %1</source>
        <translation>Використання: %1</translation>
    </message>
    <message>
        <source>Imports %1 from a CSV file in one transaction: all rows land or none does, unless --skip-bad-rows leaves the bad ones out. Columns are matched to fields by field id or by their English, Ukrainian or French label; --map names the column of a field. Passport-Latin names are filled by transliteration when empty. Duplicates (the same uid, e-mail, or name in the same community; for attendees, a contact who is already a member) are skipped unless --on-duplicate says otherwise; an update sets the fields the file holds a value for.</source>
        <translation>Імпортує записи з файлу CSV в одну з таблиць (%1) однією транзакцією: записуються або всі рядки, або жоден, якщо тільки --skip-bad-rows не відкидає помилкові. Стовпці зіставляються з полями за ідентифікатором поля або за його англійською, українською чи французькою назвою; --map указує стовпець для поля. Порожні імена латиницею за паспортом заповнюються транслітерацією. Дублікати (однаковий uid, ел. пошта або ім’я чи назва в межах однієї громади; для учасників — контакт, який уже є учасником делегації) пропускаються, якщо --on-duplicate не вказує інакше; під час оновлення записуються ті поля, для яких у файлі є значення.</translation>
    </message>
    <message>
        <source>The table to import into: %1.</source>
        <translation>Таблиця для імпорту: %1.</translation>
    </message>
    <message>
        <source>The CSV file to read.</source>
        <translation>Файл CSV для читання.</translation>
    </message>
    <message>
        <source>Show help for this command.</source>
        <translation>Показати довідку до цієї команди.</translation>
    </message>
    <message>
        <source>The column (its header or its number, from 1) that holds a field; may be repeated.</source>
        <translation>Стовпець (заголовок або номер, від 1), що містить поле; можна повторювати.</translation>
    </message>
    <message>
        <source>Attendees: the delegation they are members of (its name or uid).</source>
        <translation>Учасники: делегація, до якої вони входять (її назва або uid).</translation>
    </message>
    <message>
        <source>The file&apos;s encoding: auto (the default), utf-8, windows-1251 or windows-1252.</source>
        <translation>Кодування файлу: auto (типово), utf-8, windows-1251 або windows-1252.</translation>
    </message>
    <message>
        <source>The delimiter: auto (the default), comma, semicolon or tab.</source>
        <translation>Роздільник: auto (типово), comma, semicolon або tab.</translation>
    </message>
    <message>
        <source>What to do with a row that matches a stored record or an earlier row: skip (the default), update or create.</source>
        <translation>Що робити з рядком, який збігається зі збереженим записом або попереднім рядком: skip (типово), update або create.</translation>
    </message>
    <message>
        <source>Leave out the rows with problems (listed on stderr) and import the others.</source>
        <translation>Пропустити рядки з проблемами (їх буде перелічено в stderr) та імпортувати решту.</translation>
    </message>
    <message>
        <source>Read and check everything, write nothing.</source>
        <translation>Прочитати й перевірити все, нічого не записуючи.</translation>
    </message>
    <message>
        <source>import takes a TABLE and a FILE.</source>
        <translation>Команда import приймає таблицю TABLE і файл FILE.</translation>
    </message>
    <message>
        <source>Unknown table “%1”; use one of %2.</source>
        <translation>Невідома таблиця «%1»; використовуйте одну з: %2.</translation>
    </message>
    <message>
        <source>--encoding takes auto, utf-8, windows-1251 or windows-1252, not “%1”.</source>
        <translation>Параметр --encoding приймає auto, utf-8, windows-1251 або windows-1252, а не «%1».</translation>
    </message>
    <message>
        <source>--delimiter takes auto, comma, semicolon or tab, not “%1”.</source>
        <translation>Параметр --delimiter приймає auto, comma, semicolon або tab, а не «%1».</translation>
    </message>
    <message>
        <source>--on-duplicate takes skip, update or create, not “%1”.</source>
        <translation>Параметр --on-duplicate приймає skip, update або create, а не «%1».</translation>
    </message>
    <message>
        <source>--map takes FIELD=COLUMN, not “%1”.</source>
        <translation>Параметр --map приймає FIELD=COLUMN, а не «%1».</translation>
    </message>
    <message>
        <source>--delegation needs a name or uid.</source>
        <translation>Параметр --delegation потребує назви або uid.</translation>
    </message>
    <message>
        <source>--delegation is for attendees only.</source>
        <translation>Параметр --delegation застосовується лише до таблиці attendees.</translation>
    </message>
    <message>
        <source>no such file.</source>
        <translation>файл не існує.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… і ще %n проблема.</numerusform>
            <numerusform>… і ще %n проблеми.</numerusform>
            <numerusform>… і ще %n проблем.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems; nothing was imported.</source>
        <translation>
            <numerusform>Проблеми в %n рядку; нічого не імпортовано.</numerusform>
            <numerusform>Проблеми в %n рядках; нічого не імпортовано.</numerusform>
            <numerusform>Проблеми в %n рядках; нічого не імпортовано.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run of “%1” into the table %2; nothing was written. Rows read: %L3. To create: %L4. To update: %L5. Duplicates to skip: %L6. Rejected: %L7.</source>
        <translation>Пробний імпорт «%1» у таблицю %2; нічого не записано. Прочитано рядків: %L3. Буде створено: %L4. Буде оновлено: %L5. Дублікатів буде пропущено: %L6. Відхилено: %L7.</translation>
    </message>
    <message>
        <source>Imported “%1” into the table %2. Rows read: %L3. Created: %L4. Updated: %L5. Skipped as duplicates: %L6. Rejected: %L7.</source>
        <translation>Імпортовано «%1» у таблицю %2. Прочитано рядків: %L3. Створено: %L4. Оновлено: %L5. Пропущено як дублікати: %L6. Відхилено: %L7.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import from CSV</source>
        <translation>Імпорт із CSV</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Вибрати…</translation>
    </message>
    <message>
        <source>Into:</source>
        <translation>Імпортувати в:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Кодування:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Роздільник:</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Стовпці</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Перегляд</translation>
    </message>
    <message>
        <source>P&amp;roblems</source>
        <translation>Пробле&amp;ми</translation>
    </message>
    <message>
        <source>&amp;Leave out the rows with problems and import the others</source>
        <translation>Пр&amp;опустити рядки з проблемами та імпортувати решту</translation>
    </message>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation>&amp;Зберегти відхилені рядки…</translation>
    </message>
    <message>
        <source>D&amp;uplicates</source>
        <translation>&amp;Дублікати</translation>
    </message>
    <message>
        <source>For &amp;all duplicates:</source>
        <translation>Дл&amp;я всіх дублікатів:</translation>
    </message>
    <message>
        <source>Ca&amp;ncel import</source>
        <translation>Скас&amp;увати імпорт</translation>
    </message>
</context>
<context>
    <name>ImportWriter</name>
    <message>
        <source>The database is not open.</source>
        <translation>Базу даних не відкрито.</translation>
    </message>
    <message>
        <source>No import is under way.</source>
        <translation>Імпорт не виконується.</translation>
    </message>
</context>
<context>
    <name>ListColumn</name>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Name (Latin)</source>
        <translation>Назва (латиницею)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регіон</translation>
    </message>
    <message>
        <source>Subregion</source>
        <translation>Підрегіон</translation>
    </message>
    <message>
        <source>Official code</source>
        <translation>Офіційний код</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Центр</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Населення</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Вебсайт</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Входить до</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>По батькові</translation>
    </message>
    <message>
        <source>Family name (passport)</source>
        <translation>Прізвище (за паспортом)</translation>
    </message>
    <message>
        <source>Given name (passport)</source>
        <translation>Ім’я (за паспортом)</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Звертання</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Посада</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Громада</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Організація</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Мови</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Громадянство</translation>
    </message>
    <message>
        <source>On public lists</source>
        <translation>У публічних списках</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Місто</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Місце проведення</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Початок</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Кінець</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Організатор</translation>
    </message>
    <message>
        <source>Expected attendance</source>
        <translation>Очікувана кількість</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовий пояс</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Подія</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Учасники</translation>
    </message>
    <message>
        <source>Planned size</source>
        <translation>Планова чисельність</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Голова</translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation>Організації-партнери</translation>
    </message>
    <message>
        <source>Name (passport)</source>
        <translation>Ім’я (за паспортом)</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Делегація</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Прибуття</translation>
    </message>
    <message>
        <source>Arrival flight/train</source>
        <translation>Рейс/поїзд прибуття</translation>
    </message>
    <message>
        <source>Arrival at</source>
        <translation>Місце прибуття</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Від’їзд</translation>
    </message>
    <message>
        <source>Departure flight/train</source>
        <translation>Рейс/поїзд від’їзду</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>Готель</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Sharing with</source>
        <translation>Ділить номер з</translation>
    </message>
    <message>
        <source>Visa</source>
        <translation>Віза</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Бейдж</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Зареєстровано</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Харчові потреби</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Місце</translation>
    </message>
    <message>
        <source>Counterparts</source>
        <translation>Співрозмовники</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Подальші дії</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Термін подальших дій</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Сторони</translation>
    </message>
    <message>
        <source>Parties in all</source>
        <translation>Усього сторін</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>Areas of cooperation</source>
        <translation>Сфери співпраці</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Посередники</translation>
    </message>
    <message>
        <source>Born at</source>
        <translation>Започатковано на</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Підписано</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Наступний крок</translation>
    </message>
    <message>
        <source>Next step due</source>
        <translation>Термін наступного кроку</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Delegation Desk</source>
        <translation>Delegation Desk</translation>
    </message>
    <message>
        <source>Welcome to Delegation Desk</source>
        <translation>Ласкаво просимо до Delegation Desk</translation>
    </message>
    <message>
        <source>This database is empty. Here you will plan delegations and their trips, keep contacts, communities and organisations, and follow each partnership from first contact to an active, ratified agreement.</source>
        <translation>Ця база даних порожня. Тут ви плануватимете делегації та їхні поїздки, вестимете контакти, громади й організації та супроводжуватимете кожне партнерство від першого контакту до чинної, ратифікованої угоди.</translation>
    </message>
    <message>
        <source>To see how it works, open the demonstration: the delegation of Ukrainian communities to the Congress of Mayors of France, with the partnerships born there. It lives in a file of its own; this database stays as it is.</source>
        <translation>Щоб побачити, як це працює, відкрийте демонстрацію: делегацію українських громад на Конгресі мерів Франції з партнерствами, що там народилися. Вона зберігається в окремому файлі; ця база даних залишиться такою, як є.</translation>
    </message>
    <message>
        <source>Open the &amp;demonstration</source>
        <translation>Відкрити &amp;демонстрацію</translation>
    </message>
    <message>
        <source>&amp;Start with this empty database</source>
        <translation>&amp;Почати з цієї порожньої бази даних</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Розділи</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробиці</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Не&amp;щодавні</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Нова база даних…</translation>
    </message>
    <message>
        <source>Create a new, empty database file</source>
        <translation>Створити новий порожній файл бази даних</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Відкрити базу даних…</translation>
    </message>
    <message>
        <source>Open another database file</source>
        <translation>Відкрити інший файл бази даних</translation>
    </message>
    <message>
        <source>Open the &amp;Demonstration</source>
        <translation>Відкрити &amp;демонстрацію</translation>
    </message>
    <message>
        <source>Open the demonstration database, creating it if needed</source>
        <translation>Відкрити демонстраційну базу даних, створивши її за потреби</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ви&amp;йти</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Оновити</translation>
    </message>
    <message>
        <source>&amp;About Delegation Desk</source>
        <translation>&amp;Про Delegation Desk</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>&amp;Записи</translation>
    </message>
    <message>
        <source>New &amp;Community…</source>
        <translation>Нова &amp;громада…</translation>
    </message>
    <message>
        <source>Add a community: a hromada or a commune from the official gazetteers, or any other place</source>
        <translation>Додати громаду: громаду чи комуну з офіційних довідників або будь-яке інше місце</translation>
    </message>
    <message>
        <source>Filter this list (Ctrl+F)</source>
        <translation>Фільтрувати цей список (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Фільтр</translation>
    </message>
    <message>
        <source>New Con&amp;tact…</source>
        <translation>Новий &amp;контакт…</translation>
    </message>
    <message>
        <source>Add a person: names in their own script and in passport Latin, where they work, how to reach them</source>
        <translation>Додати людину: імена її власним письмом і латиницею за паспортом, місце роботи, способи зв’язку</translation>
    </message>
    <message>
        <source>Change &amp;Stage…</source>
        <translation>Змінити &amp;етап…</translation>
    </message>
    <message>
        <source>Move the selected partnership to another stage, with the date and a note for its history</source>
        <translation>Перевести вибране партнерство на інший етап, із датою та нотаткою для його історії</translation>
    </message>
    <message>
        <source>Check-&amp;in Desk…</source>
        <translation>&amp;Стійка реєстрації…</translation>
    </message>
    <message>
        <source>Mark delegation members arrived as they come to the registration desk</source>
        <translation>Позначати прибуття учасників делегації, коли вони підходять до стійки реєстрації</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Редагувати…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>В&amp;идалити…</translation>
    </message>
    <message>
        <source>&amp;Fast Entry…</source>
        <translation>&amp;Швидке введення…</translation>
    </message>
    <message>
        <source>Type contacts and meeting notes one after another from the keyboard; Enter saves each</source>
        <translation>Вводити контакти й нотатки про зустрічі один за одним із клавіатури; Enter зберігає кожен</translation>
    </message>
    <message>
        <source>Change the selected record in its form</source>
        <translation>Змінити вибраний запис у його формі</translation>
    </message>
    <message>
        <source>Delete the selected record, after saying what goes with it; Edit › Undo brings it back</source>
        <translation>Видалити вибраний запис, попередньо сказавши, що видаляється разом із ним; Зміни › Скасувати повертає його</translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>Експорт у &amp;CSV…</translation>
    </message>
    <message>
        <source>Write the list on screen, or a delegation&apos;s attendee list for a hotel, a transport agency or badges, as a CSV file that Excel and LibreOffice open</source>
        <translation>Записати список на екрані або список учасників делегації для готелю, транспортної компанії чи бейджів у файл CSV, який відкривають Excel і LibreOffice</translation>
    </message>
    <message>
        <source>&amp;Import from CSV…</source>
        <translation>&amp;Імпорт із CSV…</translation>
    </message>
    <message>
        <source>Read contacts, communities, organisations or a delegation&apos;s members from a CSV file, checked row by row before anything is written</source>
        <translation>Прочитати контакти, громади, організації або учасників делегації з файлу CSV; кожен рядок перевіряється, перш ніж щось буде записано</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>New Meeting</source>
        <translation>Нова зустріч</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Зустріч</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обов’язково</translation>
    </message>
    <message>
        <source>What the meeting is, as the programme and the calendar will show it: &quot;Boyarka – Palaiseau, first talks&quot;.</source>
        <translation>Що це за зустріч — так, як її покажуть програма й календар: «Боярка – Палезо, перші переговори».</translation>
    </message>
    <message>
        <source>&amp;Delegation:</source>
        <translation>&amp;Делегація:</translation>
    </message>
    <message>
        <source>The delegation whose programme has this meeting.</source>
        <translation>Делегація, у програмі якої є ця зустріч.</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Захід:</translation>
    </message>
    <message>
        <source>The event the meeting is part of.</source>
        <translation>Захід, у межах якого відбувається зустріч.</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Початок:</translation>
    </message>
    <message>
        <source>Leave unchecked when the time is not known.</source>
        <translation>Не позначайте, якщо час невідомий.</translation>
    </message>
    <message>
        <source>E&amp;nds:</source>
        <translation>&amp;Кінець:</translation>
    </message>
    <message>
        <source>Leave unchecked when the end is not known.</source>
        <translation>Не позначайте, якщо кінець невідомий.</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Місце:</translation>
    </message>
    <message>
        <source>Hall, room, stand, address…</source>
        <translation>Зала, кімната, стенд, адреса…</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>&amp;Результат:</translation>
    </message>
    <message>
        <source>What was agreed or learnt</source>
        <translation>Про що домовилися або що дізналися</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>Пода&amp;льші дії:</translation>
    </message>
    <message>
        <source>What must happen next, and who does it</source>
        <translation>Що має статися далі і хто це робить</translation>
    </message>
    <message>
        <source>Follow-up d&amp;ue:</source>
        <translation>Т&amp;ермін подальших дій:</translation>
    </message>
    <message>
        <source>Leave unchecked when the follow-up has no date.</source>
        <translation>Не позначайте, якщо для подальших дій немає дати.</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Нотатки:</translation>
    </message>
    <message>
        <source>Who met</source>
        <translation>Хто зустрічався</translation>
    </message>
    <message>
        <source>Counterpart &amp;communities:</source>
        <translation>&amp;Громади-співрозмовники:</translation>
    </message>
    <message>
        <source>The communities met: check them; type in the filter to find one among many.</source>
        <translation>Громади, з якими зустрілися: позначте їх; введіть текст у фільтр, щоб знайти одну серед багатьох.</translation>
    </message>
    <message>
        <source>Counterpart o&amp;rganisations:</source>
        <translation>Орган&amp;ізації-співрозмовники:</translation>
    </message>
    <message>
        <source>The organisations met.</source>
        <translation>Організації, з якими зустрілися.</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>У&amp;часники:</translation>
    </message>
    <message>
        <source>The people who took part: delegation members and others.</source>
        <translation>Люди, які брали участь: учасники делегації та інші.</translation>
    </message>
</context>
<context>
    <name>MeetingRules</name>
    <message>
        <source>Enter a title for the meeting.</source>
        <translation>Введіть тему зустрічі.</translation>
    </message>
    <message>
        <source>Enter when the meeting starts, or leave its end out.</source>
        <translation>Укажіть, коли зустріч починається, або не вказуйте її кінець.</translation>
    </message>
    <message>
        <source>The meeting cannot end before it starts.</source>
        <translation>Зустріч не може завершитися раніше, ніж почнеться.</translation>
    </message>
    <message>
        <source>Say what the follow-up is, or leave its due date out.</source>
        <translation>Опишіть подальші дії або не вказуйте їхній термін.</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Edit Member</source>
        <translation>Редагування учасника</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Участь</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Стат&amp;ус:</translation>
    </message>
    <message>
        <source>&amp;Community:</source>
        <translation>&amp;Громада:</translation>
    </message>
    <message>
        <source>The community the member represents.</source>
        <translation>Громада, яку представляє учасник.</translation>
    </message>
    <message>
        <source>&amp;Visa:</source>
        <translation>&amp;Віза:</translation>
    </message>
    <message>
        <source>Invitation &amp;letter sent</source>
        <translation>&amp;Лист-запрошення надіслано</translation>
    </message>
    <message>
        <source>&amp;Badge printed</source>
        <translation>&amp;Бейдж надруковано</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Поїздка</translation>
    </message>
    <message>
        <source>&amp;Arrival:</source>
        <translation>&amp;Прибуття:</translation>
    </message>
    <message>
        <source>Local time at the place of arrival.</source>
        <translation>Місцевий час у місці прибуття.</translation>
    </message>
    <message>
        <source>Arrival b&amp;y:</source>
        <translation>&amp;Транспорт прибуття:</translation>
    </message>
    <message>
        <source>Arrival flight/&amp;train:</source>
        <translation>Рейс/по&amp;їзд прибуття:</translation>
    </message>
    <message>
        <source>AF 1053, TGV 9876…</source>
        <translation>AF 1053, TGV 9876…</translation>
    </message>
    <message>
        <source>Airport or station</source>
        <translation>Аеропорт або вокзал</translation>
    </message>
    <message>
        <source>&amp;Departure:</source>
        <translation>Від’ї&amp;зд:</translation>
    </message>
    <message>
        <source>Local time at the place of departure.</source>
        <translation>Місцевий час у місці від’їзду.</translation>
    </message>
    <message>
        <source>Depart&amp;ure by:</source>
        <translation>Тра&amp;нспорт від’їзду:</translation>
    </message>
    <message>
        <source>Departure fli&amp;ght/train:</source>
        <translation>Р&amp;ейс/поїзд від’їзду:</translation>
    </message>
    <message>
        <source>Departure &amp;from:</source>
        <translation>&amp;Аеропорт/вокзал від’їзду:</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Проживання</translation>
    </message>
    <message>
        <source>&amp;Hotel:</source>
        <translation>Г&amp;отель:</translation>
    </message>
    <message>
        <source>R&amp;oom:</source>
        <translation>Но&amp;мер:</translation>
    </message>
    <message>
        <source>single, double, twin…</source>
        <translation>одномісний, двомісний, із двома ліжками…</translation>
    </message>
    <message>
        <source>Sharing &amp;with:</source>
        <translation>&amp;Ділить номер з:</translation>
    </message>
    <message>
        <source>Another member of the delegation in the same room.</source>
        <translation>Інший учасник делегації в тому самому номері.</translation>
    </message>
    <message>
        <source>Check-&amp;in:</source>
        <translation>Заселенн&amp;я:</translation>
    </message>
    <message>
        <source>Chec&amp;k-out:</source>
        <translation>Ви&amp;селення:</translation>
    </message>
    <message>
        <source>Needs and notes</source>
        <translation>Потреби й нотатки</translation>
    </message>
    <message>
        <source>Di&amp;etary needs:</source>
        <translation>&amp;Харчові потреби:</translation>
    </message>
    <message>
        <source>vegetarian, halal, allergies…</source>
        <translation>вегетаріанське, халяльне, алергії…</translation>
    </message>
    <message>
        <source>wheelchair, step-free room…</source>
        <translation>крісло колісне, номер без сходинок…</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Нотат&amp;ки:</translation>
    </message>
    <message>
        <source>Arrival &amp;place:</source>
        <translation>Аеропорт/вокзал пр&amp;ибуття:</translation>
    </message>
    <message>
        <source>Accessibility, &amp;mobility:</source>
        <translation>Доступність, моб&amp;ільність:</translation>
    </message>
</context>
<context>
    <name>MemberPickerDialog</name>
    <message>
        <source>Add Members</source>
        <translation>Додати учасників</translation>
    </message>
    <message>
        <source>Tick the people to add: type a few letters of a name (in Cyrillic or Latin letters), ↑ ↓ to choose, Enter to tick. They join as invited staff; change their status and role on the delegation page.</source>
        <translation>Позначте людей, яких слід додати: введіть кілька літер імені (кирилицею або латиницею), ↑ ↓ — вибір, Enter — позначити. Їх буде додано як запрошений персонал; змініть їхній статус і роль на сторінці делегації.</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Знайти:</translation>
    </message>
    <message>
        <source>Name, community or organisation, in either script</source>
        <translation>Ім’я, громада або організація, будь-яким письмом</translation>
    </message>
    <message>
        <source>&amp;New Contact…</source>
        <translation>&amp;Новий контакт…</translation>
    </message>
    <message>
        <source>Enter a person who is not in the database yet; they are ticked once saved.</source>
        <translation>Внести людину, якої ще немає в базі даних; після збереження її буде позначено.</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>New Organisation</source>
        <translation>Нова організація</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Організація</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обов’язково</translation>
    </message>
    <message>
        <source>As the organisation writes it: Stand with Ukraine, Асоціація міст України.</source>
        <translation>Як пише сама організація: Stand with Ukraine, Асоціація міст України.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Країна:</translation>
    </message>
    <message>
        <source>UA, FR…</source>
        <translation>UA, FR…</translation>
    </message>
    <message>
        <source>The two-letter country code (ISO 3166-1): UA, FR, DE…</source>
        <translation>Дволітерний код країни (ISO 3166-1): UA, FR, DE…</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Вебсайт:</translation>
    </message>
    <message>
        <source>https://example.org</source>
        <translation>https://example.org</translation>
    </message>
    <message>
        <source>&amp;Part of:</source>
        <translation>В&amp;ходить до:</translation>
    </message>
    <message>
        <source>The organisation this one belongs to, such as a programme run by a donor.</source>
        <translation>Організація, до якої належить ця, наприклад програма, яку виконує донор.</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>Нот&amp;атки:</translation>
    </message>
</context>
<context>
    <name>OrganisationRules</name>
    <message>
        <source>Enter the name.</source>
        <translation>Введіть назву.</translation>
    </message>
    <message>
        <source>The country is a two-letter code, such as UA, FR or DE.</source>
        <translation>Країна — це дволітерний код, наприклад UA, FR або DE.</translation>
    </message>
    <message>
        <source>A website address has no spaces.</source>
        <translation>Адреса вебсайту не містить пробілів.</translation>
    </message>
    <message>
        <source>A website address starts with http:// or https://, or with its name: example.org.</source>
        <translation>Адреса вебсайту починається з http:// або https:// чи з назви: example.org.</translation>
    </message>
    <message>
        <source>A website address looks like https://example.org.</source>
        <translation>Адреса вебсайту має вигляд https://example.org.</translation>
    </message>
    <message>
        <source>An organisation cannot be part of itself.</source>
        <translation>Організація не може входити до самої себе.</translation>
    </message>
</context>
<context>
    <name>PartnershipDialog</name>
    <message>
        <source>New Partnership</source>
        <translation>Нове партнерство</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Сторони</translation>
    </message>
    <message>
        <source>Add a &amp;community or organisation:</source>
        <translation>Додати &amp;громаду або організацію:</translation>
    </message>
    <message>
        <source>Type a few letters of the name, then Enter (or Add Party) adds the highlighted one.</source>
        <translation>Введіть кілька літер назви, потім Enter (або «Додати сторону») додає виділену.</translation>
    </message>
    <message>
        <source>&amp;Add Party</source>
        <translation>&amp;Додати сторону</translation>
    </message>
    <message>
        <source>&amp;Remove Party</source>
        <translation>&amp;Вилучити сторону</translation>
    </message>
    <message>
        <source>Removes the selected party from this partnership (the community or organisation itself stays).</source>
        <translation>Вилучає вибрану сторону з цього партнерства (сама громада чи організація залишається).</translation>
    </message>
    <message>
        <source>&amp;Named parties:</source>
        <translation>&amp;Названі сторони:</translation>
    </message>
    <message>
        <source>Double-click a date or a decision to edit it; Delete clears it.</source>
        <translation>Двічі клацніть дату чи рішення, щоб змінити; Delete очищає.</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <source>Ratified on</source>
        <translation>Дата ратифікації</translation>
    </message>
    <message>
        <source>Council decision</source>
        <translation>Рішення ради</translation>
    </message>
    <message>
        <source>Parties in a&amp;ll:</source>
        <translation>&amp;Усього сторін:</translation>
    </message>
    <message>
        <source>When more took part than are named (a memorandum of fifteen communities of which one is named). Leave at &quot;as named&quot; otherwise.</source>
        <translation>Коли учасників більше, ніж названо (меморандум п’ятнадцяти громад, з яких названо одну). Інакше залиште «як названо».</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Партнерство</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Етап:</translation>
    </message>
    <message>
        <source>Where the partnership stands as it is recorded; later changes go through Change Stage and are kept in its history.</source>
        <translation>Етап, на якому партнерство перебуває на момент запису; подальші зміни проходять через «Змінити етап» і зберігаються в його історії.</translation>
    </message>
    <message>
        <source>C&amp;hange Stage…</source>
        <translation>З&amp;мінити етап…</translation>
    </message>
    <message>
        <source>Moves the partnership to another stage with a date and a note, kept in its history; recorded at once.</source>
        <translation>Переводить партнерство на інший етап із датою та нотаткою, що зберігаються в його історії; записується одразу.</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Історія:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
    <message>
        <source>A&amp;reas of cooperation:</source>
        <translation>С&amp;фери співпраці:</translation>
    </message>
    <message>
        <source>Education, culture, water, reconstruction…</source>
        <translation>Освіта, культура, водопостачання, відбудова…</translation>
    </message>
    <message>
        <source>Born at &amp;event:</source>
        <translation>Започатковано на &amp;заході:</translation>
    </message>
    <message>
        <source>The event where the partnership began, as the Congress of Mayors of France.</source>
        <translation>Захід, на якому почалося партнерство, як-от Конгрес мерів Франції.</translation>
    </message>
    <message>
        <source>Born at &amp;meeting:</source>
        <translation>Започатковано на зу&amp;стрічі:</translation>
    </message>
    <message>
        <source>The meeting where the partnership began.</source>
        <translation>Зустріч, на якій почалося партнерство.</translation>
    </message>
    <message>
        <source>Si&amp;gned on:</source>
        <translation>&amp;Підписано:</translation>
    </message>
    <message>
        <source>Leave unchecked until the agreement is signed.</source>
        <translation>Не позначайте, доки угоду не підписано.</translation>
    </message>
    <message>
        <source>Ne&amp;xt step:</source>
        <translation>Наступний &amp;крок:</translation>
    </message>
    <message>
        <source>What must happen next, and who does it</source>
        <translation>Що має статися далі і хто це робить</translation>
    </message>
    <message>
        <source>Next step d&amp;ue:</source>
        <translation>Терм&amp;ін наступного кроку:</translation>
    </message>
    <message>
        <source>A partnership whose next step is overdue stands out in the list.</source>
        <translation>Партнерство з простроченим наступним кроком виділяється в списку.</translation>
    </message>
    <message>
        <source>Facilitators and notes</source>
        <translation>Посередники й нотатки</translation>
    </message>
    <message>
        <source>&amp;Facilitators:</source>
        <translation>П&amp;осередники:</translation>
    </message>
    <message>
        <source>The organisations that help the partnership along, as the Île-de-France region.</source>
        <translation>Організації, що сприяють партнерству, як-от регіон Іль-де-Франс.</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Нот&amp;атки:</translation>
    </message>
</context>
<context>
    <name>PartnershipRepository</name>
    <message>
        <source>A partnership needs at least one named party.</source>
        <translation>Партнерство потребує принаймні однієї названої сторони.</translation>
    </message>
    <message>
        <source>Each party of a partnership is either a community or an organisation.</source>
        <translation>Кожна сторона партнерства — це або громада, або організація.</translation>
    </message>
</context>
<context>
    <name>PartnershipRules</name>
    <message>
        <source>Choose one of the stages.</source>
        <translation>Виберіть один з етапів.</translation>
    </message>
    <message>
        <source>The partnership is already at the stage “%1”.</source>
        <translation>Партнерство вже на етапі «%1».</translation>
    </message>
    <message>
        <source>Enter the date of the change.</source>
        <translation>Введіть дату зміни.</translation>
    </message>
    <message>
        <source>The date is in the future: record a change once it has happened.</source>
        <translation>Дата в майбутньому: записуйте зміну, коли вона вже відбулася.</translation>
    </message>
    <message>
        <source>The history already has a change on %1: the new one cannot be dated earlier.</source>
        <translation>В історії вже є зміна від %1: нову не можна датувати раніше.</translation>
    </message>
    <message>
        <source>Name at least one party: a community or an organisation.</source>
        <translation>Назвіть принаймні одну сторону: громаду або організацію.</translation>
    </message>
    <message>
        <source>Each party is either a community or an organisation.</source>
        <translation>Кожна сторона — це або громада, або організація.</translation>
    </message>
    <message>
        <source>The same party is named twice: remove one of them.</source>
        <translation>Ту саму сторону названо двічі: вилучіть одну з них.</translation>
    </message>
    <message>
        <source>A partnership has at least two parties in all.</source>
        <translation>Партнерство має щонайменше дві сторони загалом.</translation>
    </message>
    <message>
        <source>%1 parties are named: there cannot be fewer in all.</source>
        <translation>Названо сторін: %1 — загалом їх не може бути менше.</translation>
    </message>
    <message>
        <source>Choose one of the kinds of partnership.</source>
        <translation>Виберіть один із типів партнерства.</translation>
    </message>
    <message>
        <source>Say what the next step is, or leave its due date out.</source>
        <translation>Укажіть, яким є наступний крок, або не вказуйте його термін.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <source>The language of the window, of its messages and of the dates and numbers it shows.</source>
        <translation>Мова вікна та його повідомлень, а також формат дат і чисел у ньому.</translation>
    </message>
</context>
<context>
    <name>PrintCommand</name>
    <message>
        <source>Usage: %1</source>
        <translation>Використання: %1</translation>
    </message>
    <message>
        <source>Writes a delegation&apos;s document as a PDF file (A4, fonts embedded): attendees (the attendee list by community, with a preset&apos;s columns), badges, programme (the meetings by day), rooming (the hotel&apos;s list), arrivals (arrivals and departures by day and place) or letters (a visa invitation letter per member; they hold passport details). Without --members, the members who take part (not declined, cancelled or replaced).</source>
        <translation>Записує документ делегації у файл PDF (A4, із вбудованими шрифтами): attendees (список учасників за громадами, зі стовпцями шаблону), badges (бейджі), programme (зустрічі за днями), rooming (список розселення для готелю), arrivals (прибуття й від’їзд за днями та місцями) або letters (візовий лист-запрошення для кожного учасника; листи містять паспортні дані). Без --members — учасники, які беруть участь (крім тих, хто відмовився, скасував участь або кого замінено).</translation>
    </message>
    <message>
        <source>The document: %1.</source>
        <translation>Документ: %1.</translation>
    </message>
    <message>
        <source>Show help for this command.</source>
        <translation>Показати довідку до цієї команди.</translation>
    </message>
    <message>
        <source>The delegation (its name or uid).</source>
        <translation>Делегація (її назва або uid).</translation>
    </message>
    <message>
        <source>The PDF file to write (written whole or not at all).</source>
        <translation>Файл PDF для запису (записується повністю або не записується взагалі).</translation>
    </message>
    <message>
        <source>The attendee list&apos;s columns: the export preset %1 (default badges: names in both scripts, position, community, role; public lists only the members who agreed to appear on public lists).</source>
        <translation>Стовпці списку учасників: шаблон експорту %1 (типово badges: імена обома письмами, посада, громада, роль; public містить лише учасників, які погодилися на появу в публічних списках).</translation>
    </message>
    <message>
        <source>Only these members (their uids, separated by commas).</source>
        <translation>Лише ці учасники (їхні uid, через кому).</translation>
    </message>
    <message>
        <source>Badges one per A6 page (a6) or four per A4 sheet with cutting marks (a4, the default).</source>
        <translation>Бейджі: по одному на сторінку A6 (a6) або по чотири на аркуш A4 з мітками обрізу (a4, типово).</translation>
    </message>
    <message>
        <source>Badges only for the members whose badge is not printed yet.</source>
        <translation>Бейджі лише для учасників, чиї бейджі ще не надруковано.</translation>
    </message>
    <message>
        <source>After writing the badges, mark them printed in the database.</source>
        <translation>Після запису бейджів позначити їх у базі даних як надруковані.</translation>
    </message>
    <message>
        <source>The language of the letters: en (the default) or fr.</source>
        <translation>Мова листів: en (типово) або fr.</translation>
    </message>
    <message>
        <source>The purpose of the visit the letters state (default: taking part in the event).</source>
        <translation>Мета візиту, зазначена в листах (типово: участь у заході).</translation>
    </message>
    <message>
        <source>Who pays the stay, as the letters state (default: the coordinating organisation).</source>
        <translation>Хто оплачує перебування, як зазначено в листах (типово: організація-координатор).</translation>
    </message>
    <message>
        <source>An edited letter template (HTML with {{placeholders}}, UTF-8) instead of the built-in one.</source>
        <translation>Відредагований шаблон листа (HTML із підстановками на зразок {{city}}, UTF-8) замість вбудованого.</translation>
    </message>
    <message>
        <source>print takes one DOCUMENT: %1.</source>
        <translation>Команда print приймає один документ DOCUMENT: %1.</translation>
    </message>
    <message>
        <source>Unknown document “%1”; use one of %2.</source>
        <translation>Невідомий документ «%1»; використовуйте один із: %2.</translation>
    </message>
    <message>
        <source>print needs --delegation NAME|UID.</source>
        <translation>Команда print потребує --delegation NAME|UID.</translation>
    </message>
    <message>
        <source>print needs --output FILE.pdf.</source>
        <translation>Команда print потребує --output FILE.pdf.</translation>
    </message>
    <message>
        <source>Unknown preset “%1”; the presets are %2.</source>
        <translation>Невідомий шаблон «%1»; доступні шаблони: %2.</translation>
    </message>
    <message>
        <source>--layout takes a6 or a4, not “%1”.</source>
        <translation>Параметр --layout приймає a6 або a4, а не «%1».</translation>
    </message>
    <message>
        <source>--letter-language takes en or fr, not “%1”.</source>
        <translation>Параметр --letter-language приймає en або fr, а не «%1».</translation>
    </message>
    <message>
        <source>--members needs at least one member uid.</source>
        <translation>Параметр --members потребує принаймні одного uid учасника.</translation>
    </message>
    <message>
        <source>--mark-printed goes with print badges only.</source>
        <translation>Параметр --mark-printed діє лише з print badges.</translation>
    </message>
    <message>
        <source>This program was built without the document renderer.</source>
        <translation>Цю програму зібрано без модуля формування документів.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the programme with %n meeting(s) to “%1”.</source>
        <translation>
            <numerusform>Програму з %n зустріччю записано в «%1».</numerusform>
            <numerusform>Програму з %n зустрічами записано в «%1».</numerusform>
            <numerusform>Програму з %n зустрічами записано в «%1».</numerusform>
        </translation>
    </message>
    <message>
        <source>The badges were written, but could not be marked printed: %1</source>
        <translation>Бейджі записано, але не вдалося позначити їх як надруковані: %1</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n badge(s) printed.</source>
        <translation>
            <numerusform>%n бейдж позначено як надрукований.</numerusform>
            <numerusform>%n бейджі позначено як надруковані.</numerusform>
            <numerusform>%n бейджів позначено як надруковані.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the document “%1” (%n member(s)) to “%2”.</source>
        <translation>
            <numerusform>Документ «%1» (%n учасник) записано в «%2».</numerusform>
            <numerusform>Документ «%1» (%n учасники) записано в «%2».</numerusform>
            <numerusform>Документ «%1» (%n учасників) записано в «%2».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Delegation Desk</source>
        <translation>Delegation Desk</translation>
    </message>
</context>
<context>
    <name>RecordDetails</name>
    <message>
        <source>Members</source>
        <translation>Учасники</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Зустрічі</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Делегації</translation>
    </message>
    <message>
        <source>Named parties</source>
        <translation>Названі сторони</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <source>Ratified</source>
        <translation>Ратифіковано</translation>
    </message>
    <message>
        <source>Council decision</source>
        <translation>Рішення ради</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Історія етапів</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Members by status</source>
        <translation>Учасники за статусом</translation>
    </message>
</context>
<context>
    <name>RecordForms</name>
    <message>
        <source>New &amp;Community…</source>
        <translation>Нова &amp;громада…</translation>
    </message>
    <message>
        <source>New &amp;Organisation…</source>
        <translation>Нова &amp;організація…</translation>
    </message>
    <message>
        <source>New Con&amp;tact…</source>
        <translation>Новий &amp;контакт…</translation>
    </message>
    <message>
        <source>New &amp;Event…</source>
        <translation>Нова &amp;подія…</translation>
    </message>
    <message>
        <source>New &amp;Delegation…</source>
        <translation>Нова &amp;делегація…</translation>
    </message>
    <message>
        <source>New &amp;Member…</source>
        <translation>Новий &amp;учасник…</translation>
    </message>
    <message>
        <source>New M&amp;eeting…</source>
        <translation>Нова &amp;зустріч…</translation>
    </message>
    <message>
        <source>New &amp;Partnership…</source>
        <translation>Нове партн&amp;ерство…</translation>
    </message>
    <message>
        <source>Delete the community?</source>
        <translation>Видалити громаду?</translation>
    </message>
    <message>
        <source>Delete the organisation?</source>
        <translation>Видалити організацію?</translation>
    </message>
    <message>
        <source>Delete the contact?</source>
        <translation>Видалити контакт?</translation>
    </message>
    <message>
        <source>Delete the event?</source>
        <translation>Видалити подію?</translation>
    </message>
    <message>
        <source>Delete the delegation?</source>
        <translation>Видалити делегацію?</translation>
    </message>
    <message>
        <source>Remove the member from the delegation?</source>
        <translation>Вилучити учасника з делегації?</translation>
    </message>
    <message>
        <source>Delete the meeting?</source>
        <translation>Видалити зустріч?</translation>
    </message>
    <message>
        <source>Delete the partnership?</source>
        <translation>Видалити партнерство?</translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <source>The record has not been saved yet.</source>
        <translation>Запис ще не збережено.</translation>
    </message>
    <message>
        <source>The record no longer exists (it may have been deleted).</source>
        <translation>Запису більше не існує (можливо, його видалено).</translation>
    </message>
    <message>
        <source>No check-in time given.</source>
        <translation>Не вказано час реєстрації.</translation>
    </message>
    <message>
        <source>There is no delegation member with row id %1.</source>
        <translation>Немає учасника делегації з ідентифікатором рядка %1.</translation>
    </message>
    <message>
        <source>“%1” is not a member role.</source>
        <translation>«%1» не є роллю учасника.</translation>
    </message>
    <message>
        <source>“%1” is not a member status.</source>
        <translation>«%1» не є статусом учасника.</translation>
    </message>
    <message>
        <source>There is no contact with row id %1.</source>
        <translation>Немає контакту з ідентифікатором рядка %1.</translation>
    </message>
    <message>
        <source>The members could not be added.</source>
        <translation>Не вдалося додати учасників.</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>Не вдалося зберегти зміну.</translation>
    </message>
    <message>
        <source>The members could not be removed.</source>
        <translation>Не вдалося вилучити учасників.</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search Everything</source>
        <translation>Пошук усюди</translation>
    </message>
    <message>
        <source>Names of people, communities, organisations, delegations, meetings, partnerships…</source>
        <translation>Імена людей, назви громад, організацій, делегацій, зустрічей, партнерств…</translation>
    </message>
    <message>
        <source>Type part of a name, in Cyrillic or Latin letters. ↓ moves into the results, Enter opens one, Esc closes.</source>
        <translation>Введіть частину назви чи імені кирилицею або латиницею. ↓ — перейти до результатів, Enter — відкрити, Esc — закрити.</translation>
    </message>
</context>
<context>
    <name>StageChangeDialog</name>
    <message>
        <source>Change Stage</source>
        <translation>Зміна етапу</translation>
    </message>
    <message>
        <source>New &amp;stage:</source>
        <translation>Новий &amp;етап:</translation>
    </message>
    <message>
        <source>The stages in the order a partnership usually goes through them.</source>
        <translation>Етапи в тому порядку, у якому партнерство зазвичай їх проходить.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>The day the change happened: a letter signed, a council decision taken.</source>
        <translation>День, коли відбулася зміна: підписано лист, ухвалено рішення ради.</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Нотатка:</translation>
    </message>
    <message>
        <source>What happened, who decided, a document&apos;s number…</source>
        <translation>Що сталося, хто вирішив, номер документа…</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Hromada</source>
        <comment>kind of community</comment>
        <translation>Громада</translation>
    </message>
    <message>
        <source>Commune</source>
        <comment>kind of community</comment>
        <translation>Комуна</translation>
    </message>
    <message>
        <source>City</source>
        <comment>kind of community</comment>
        <translation>Місто</translation>
    </message>
    <message>
        <source>Raion</source>
        <comment>kind of community</comment>
        <translation>Район</translation>
    </message>
    <message>
        <source>Oblast</source>
        <comment>kind of community</comment>
        <translation>Область</translation>
    </message>
    <message>
        <source>Département</source>
        <comment>kind of community</comment>
        <translation>Департамент</translation>
    </message>
    <message>
        <source>Region</source>
        <comment>kind of community</comment>
        <translation>Регіон</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>kind of community</comment>
        <translation>Інше</translation>
    </message>
    <message>
        <source>NGO</source>
        <comment>kind of organisation</comment>
        <translation>Громадська організація</translation>
    </message>
    <message>
        <source>Association of municipalities</source>
        <comment>kind of organisation</comment>
        <translation>Асоціація органів місцевого самоврядування</translation>
    </message>
    <message>
        <source>Government body</source>
        <comment>kind of organisation</comment>
        <translation>Орган державної влади</translation>
    </message>
    <message>
        <source>Regional authority</source>
        <comment>kind of organisation</comment>
        <translation>Регіональна влада</translation>
    </message>
    <message>
        <source>Donor</source>
        <comment>kind of organisation</comment>
        <translation>Донор</translation>
    </message>
    <message>
        <source>International body</source>
        <comment>kind of organisation</comment>
        <translation>Міжнародна організація</translation>
    </message>
    <message>
        <source>Programme</source>
        <comment>kind of organisation</comment>
        <translation>Програма</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>kind of organisation</comment>
        <translation>Інше</translation>
    </message>
    <message>
        <source>Conference</source>
        <comment>kind of event</comment>
        <translation>Конференція</translation>
    </message>
    <message>
        <source>Study visit</source>
        <comment>kind of event</comment>
        <translation>Навчальний візит</translation>
    </message>
    <message>
        <source>Forum</source>
        <comment>kind of event</comment>
        <translation>Форум</translation>
    </message>
    <message>
        <source>Signing ceremony</source>
        <comment>kind of event</comment>
        <translation>Церемонія підписання</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>kind of event</comment>
        <translation>Інше</translation>
    </message>
    <message>
        <source>Planning</source>
        <comment>status of a delegation</comment>
        <translation>Планування</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <comment>status of a delegation</comment>
        <translation>Підтверджено</translation>
    </message>
    <message>
        <source>Travelling</source>
        <comment>status of a delegation</comment>
        <translation>У поїздці</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>status of a delegation</comment>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>status of a delegation</comment>
        <translation>Скасовано</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <comment>role of a delegation member</comment>
        <translation>Голова делегації</translation>
    </message>
    <message>
        <source>Mayor</source>
        <comment>role of a delegation member</comment>
        <translation>Голова громади</translation>
    </message>
    <message>
        <source>Deputy</source>
        <comment>role of a delegation member</comment>
        <translation>Заступник голови</translation>
    </message>
    <message>
        <source>Councillor</source>
        <comment>role of a delegation member</comment>
        <translation>Депутат ради</translation>
    </message>
    <message>
        <source>Staff</source>
        <comment>role of a delegation member</comment>
        <translation>Працівник</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <comment>role of a delegation member</comment>
        <translation>Перекладач</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <comment>role of a delegation member</comment>
        <translation>Координатор</translation>
    </message>
    <message>
        <source>Press</source>
        <comment>role of a delegation member</comment>
        <translation>Преса</translation>
    </message>
    <message>
        <source>Accompanying person</source>
        <comment>role of a delegation member</comment>
        <translation>Супровідна особа</translation>
    </message>
    <message>
        <source>Invited</source>
        <comment>status of a delegation member (a person)</comment>
        <translation>Запрошено</translation>
    </message>
    <message>
        <source>Nominated</source>
        <comment>status of a delegation member (a person)</comment>
        <translation>Висунуто</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <comment>status of a delegation member (a person)</comment>
        <translation>Підтверджено</translation>
    </message>
    <message>
        <source>Declined</source>
        <comment>status of a delegation member (a person)</comment>
        <translation>Відмова</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>status of a delegation member (a person)</comment>
        <translation>Скасовано</translation>
    </message>
    <message>
        <source>Replaced</source>
        <comment>status of a delegation member (a person)</comment>
        <translation>Замінено</translation>
    </message>
    <message>
        <source>Attended</source>
        <comment>status of a delegation member (a person)</comment>
        <translation>Присутність</translation>
    </message>
    <message>
        <source>No-show</source>
        <comment>status of a delegation member (a person)</comment>
        <translation>Неявка</translation>
    </message>
    <message>
        <source>Not needed</source>
        <comment>status of a member&apos;s visa</comment>
        <translation>Не потрібна</translation>
    </message>
    <message>
        <source>To request</source>
        <comment>status of a member&apos;s visa</comment>
        <translation>Треба подати</translation>
    </message>
    <message>
        <source>Requested</source>
        <comment>status of a member&apos;s visa</comment>
        <translation>Запит подано</translation>
    </message>
    <message>
        <source>Issued</source>
        <comment>status of a member&apos;s visa</comment>
        <translation>Видано</translation>
    </message>
    <message>
        <source>Refused</source>
        <comment>status of a member&apos;s visa</comment>
        <translation>Відмовлено</translation>
    </message>
    <message>
        <source>Plane</source>
        <comment>means of transport</comment>
        <translation>Літак</translation>
    </message>
    <message>
        <source>Train</source>
        <comment>means of transport</comment>
        <translation>Поїзд</translation>
    </message>
    <message>
        <source>Bus</source>
        <comment>means of transport</comment>
        <translation>Автобус</translation>
    </message>
    <message>
        <source>Car</source>
        <comment>means of transport</comment>
        <translation>Автомобіль</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>means of transport</comment>
        <translation>Інше</translation>
    </message>
    <message>
        <source>Twinning</source>
        <comment>kind of partnership</comment>
        <translation>Побратимство</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <comment>kind of partnership</comment>
        <translation>Співпраця</translation>
    </message>
    <message>
        <source>Friendship</source>
        <comment>kind of partnership</comment>
        <translation>Дружба</translation>
    </message>
    <message>
        <source>Memorandum of understanding</source>
        <comment>kind of partnership</comment>
        <translation>Меморандум про взаєморозуміння</translation>
    </message>
    <message>
        <source>Inter-municipal cooperation</source>
        <comment>kind of partnership</comment>
        <translation>Співробітництво територіальних громад</translation>
    </message>
    <message>
        <source>First contact</source>
        <comment>stage of a partnership</comment>
        <translation>Перший контакт</translation>
    </message>
    <message>
        <source>Exploring</source>
        <comment>stage of a partnership</comment>
        <translation>Вивчення можливостей</translation>
    </message>
    <message>
        <source>Letter of intent</source>
        <comment>stage of a partnership</comment>
        <translation>Лист про наміри</translation>
    </message>
    <message>
        <source>Drafting</source>
        <comment>stage of a partnership</comment>
        <translation>Підготовка угоди</translation>
    </message>
    <message>
        <source>Signed</source>
        <comment>stage of a partnership</comment>
        <translation>Підписано</translation>
    </message>
    <message>
        <source>Ratified</source>
        <comment>stage of a partnership</comment>
        <translation>Ратифіковано</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>stage of a partnership</comment>
        <translation>Діє</translation>
    </message>
    <message>
        <source>Dormant</source>
        <comment>stage of a partnership</comment>
        <translation>Призупинено</translation>
    </message>
    <message>
        <source>Ended</source>
        <comment>stage of a partnership</comment>
        <translation>Завершено</translation>
    </message>
</context>
<context>
    <name>dd::documents::DocumentOptionsDialog</name>
    <message>
        <source>Letter Template</source>
        <translation>Шаблон листа</translation>
    </message>
    <message>
        <source>HTML files (*.html *.htm);;All files (*)</source>
        <translation>Файли HTML (*.html *.htm);;Усі файли (*)</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Переглянути…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Зберегти як PDF…</translation>
    </message>
    <message>
        <source>Four per A4 sheet, with cutting marks</source>
        <translation>По чотири на аркуші A4, з мітками обрізу</translation>
    </message>
    <message>
        <source>One per A6 page</source>
        <translation>По одному на сторінці A6</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Англійська</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Французька</translation>
    </message>
    <message>
        <source>Built-in, in the letter&apos;s language</source>
        <translation>Вбудований, мовою листа</translation>
    </message>
    <message>
        <source>From an HTML file</source>
        <translation>З файлу HTML</translation>
    </message>
    <message>
        <source>Choose the template file, or the built-in template.</source>
        <translation>Виберіть файл шаблону або вбудований шаблон.</translation>
    </message>
    <message>
        <source>Each badge on a page of its own (105 × 148 mm), for card stock or a badge printer.</source>
        <translation>Кожен бейдж на окремій сторінці (105 × 148 мм) — для щільного паперу або принтера для бейджів.</translation>
    </message>
    <message>
        <source>Four badges to a sheet, with marks where to cut.</source>
        <translation>Чотири бейджі на аркуші, з мітками для обрізання.</translation>
    </message>
    <message>
        <source>Every member taking part</source>
        <translation>Усіх учасників, які беруть участь</translation>
    </message>
    <message>
        <source>Members whose badge is not printed yet</source>
        <translation>Учасників, чиї бейджі ще не надруковано</translation>
    </message>
    <message numerus="yes">
        <source>The selected member(s) (%n)</source>
        <translation>
            <numerusform>%n вибраний учасник</numerusform>
            <numerusform>%n вибрані учасники</numerusform>
            <numerusform>%n вибраних учасників</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::exchange::Writing</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Не вдалося записати «%1»: %2</translation>
    </message>
</context>
<context>
    <name>dd::models::AgendaModel</name>
    <message>
        <source>Date not set yet</source>
        <translation>Дату ще не визначено</translation>
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <comment>a meeting that ends on another day</comment>
        <translation>%1 – %2 (%3)</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a meeting&apos;s time range</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Результат: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Зустріч</translation>
    </message>
    <message>
        <source>Counterparts</source>
        <translation>Співрозмовники</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Місце</translation>
    </message>
</context>
<context>
    <name>dd::models::DelegationMembersModel</name>
    <message numerus="yes">
        <source>%n invited</source>
        <translation>
            <numerusform>%n запрошений</numerusform>
            <numerusform>%n запрошені</numerusform>
            <numerusform>%n запрошених</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n nominated</source>
        <translation>
            <numerusform>%n висунутий</numerusform>
            <numerusform>%n висунуті</numerusform>
            <numerusform>%n висунутих</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed</source>
        <translation>
            <numerusform>%n підтвердив</numerusform>
            <numerusform>%n підтвердили</numerusform>
            <numerusform>%n підтвердили</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n declined</source>
        <translation>
            <numerusform>%n відмовився</numerusform>
            <numerusform>%n відмовилися</numerusform>
            <numerusform>%n відмовилися</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n скасований</numerusform>
            <numerusform>%n скасовані</numerusform>
            <numerusform>%n скасованих</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n замінений</numerusform>
            <numerusform>%n замінені</numerusform>
            <numerusform>%n замінених</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attended</source>
        <translation>
            <numerusform>%n був присутній</numerusform>
            <numerusform>%n були присутні</numerusform>
            <numerusform>%n були присутні</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no-show</source>
        <translation>
            <numerusform>%n не з’явився</numerusform>
            <numerusform>%n не з’явилися</numerusform>
            <numerusform>%n не з’явилися</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the counts of members at each status</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Надруковано</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ще ні</translation>
    </message>
    <message>
        <source>No passport spelling entered</source>
        <translation>Написання за паспортом не введено</translation>
    </message>
    <message>
        <source>Passport: %1</source>
        <translation>Паспорт: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Громада</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Прибуття</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Від’їзд</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>Готель</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Visa</source>
        <translation>Віза</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Бейдж</translation>
    </message>
</context>
<context>
    <name>dd::models::EntityTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Так</translation>
    </message>
</context>
<context>
    <name>dd::models::GazetteerCompletionModel</name>
    <message>
        <source>KATOTTG code: %1</source>
        <translation>Код КАТОТТГ: %1</translation>
    </message>
    <message>
        <source>INSEE code: %1</source>
        <translation>Код INSEE: %1</translation>
    </message>
    <message>
        <source>Centre: %1</source>
        <translation>Центр: %1</translation>
    </message>
    <message>
        <source>Postal code: %1</source>
        <translation>Поштовий індекс: %1</translation>
    </message>
    <message>
        <source>Population: %1</source>
        <translation>Населення: %1</translation>
    </message>
    <message>
        <source>Temporarily occupied: the codifier lists it as the council it was before the occupation.</source>
        <translation>Тимчасово окупована: кодифікатор подає її як раду, якою вона була до окупації.</translation>
    </message>
</context>
<context>
    <name>dd::storage::BadgeMarks</name>
    <message>
        <source>There is no delegation member “%1”.</source>
        <translation>Учасника делегації «%1» не існує.</translation>
    </message>
</context>
<context>
    <name>dd::ui::CheckInDialog</name>
    <message>
        <source>The delegations could not be read: %1</source>
        <translation>Не вдалося прочитати делегації: %1</translation>
    </message>
    <message>
        <source>This database has no delegations yet.</source>
        <translation>У цій базі даних ще немає делегацій.</translation>
    </message>
    <message>
        <source>The members could not be read: %1</source>
        <translation>Не вдалося прочитати учасників: %1</translation>
    </message>
    <message>
        <source>Choose a delegation first.</source>
        <translation>Спочатку виберіть делегацію.</translation>
    </message>
    <message>
        <source>Type a few letters of a name first.</source>
        <translation>Спочатку введіть кілька літер імені.</translation>
    </message>
    <message>
        <source>Nobody in this delegation matches “%1”.</source>
        <translation>У цій делегації нікого не знайдено за запитом «%1».</translation>
    </message>
    <message>
        <source>✓ %1 checked in at %2</source>
        <translation>✓ %1 зареєстровано о %2</translation>
    </message>
    <message>
        <source>%1 was already checked in at %2 (on %3)</source>
        <translation>%1 уже зареєстровано о %2 (%3)</translation>
    </message>
    <message>
        <source>%1 could not be checked in: %2</source>
        <translation>Не вдалося зареєструвати %1: %2</translation>
    </message>
    <message>
        <source>Arrivals could not be counted: %1</source>
        <translation>Не вдалося підрахувати прибулих: %1</translation>
    </message>
    <message numerus="yes">
        <source>Arrived: %1 of %n</source>
        <translation>
            <numerusform>Прибули: %1 з %n</numerusform>
            <numerusform>Прибули: %1 з %n</numerusform>
            <numerusform>Прибули: %1 з %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ui::ChoiceListWidget</name>
    <message>
        <source>Filter…</source>
        <translation>Фільтр…</translation>
    </message>
    <message>
        <source>shown: %1 of %2</source>
        <translation>показано: %1 з %2</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Вибрано: %1</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>chosen; shown</comment>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>Record %1</source>
        <comment>a linked record that is not among the choices, by its number</comment>
        <translation>Запис %1</translation>
    </message>
</context>
<context>
    <name>dd::ui::CommunityDialog</name>
    <message>
        <source>Ukrainian hromadas and French communes are completed from the official gazetteers as you type.</source>
        <translation>Громади України та комуни Франції доповнюються з офіційних довідників під час введення.</translation>
    </message>
    <message>
        <source>Filled from the KATOTTG codifier of Ukraine (edition of 2 July 2025).</source>
        <translation>Заповнено з кодифікатора КАТОТТГ України (редакція від 2 липня 2025 року).</translation>
    </message>
    <message>
        <source>Filled from INSEE’s Code officiel géographique (2026, via Etalab).</source>
        <translation>Заповнено з Code officiel géographique INSEE (2026, через Etalab).</translation>
    </message>
    <message>
        <source>Suggested by the official transliteration; type to change it.</source>
        <translation>Запропоновано за офіційною транслітерацією; введіть текст, щоб змінити.</translation>
    </message>
    <message>
        <source>Enter the community’s name.</source>
        <translation>Введіть назву громади.</translation>
    </message>
    <message>
        <source>The country is a two-letter code, such as UA, FR or DE.</source>
        <translation>Країна — це дволітерний код, наприклад UA, FR або DE.</translation>
    </message>
    <message>
        <source>The community could not be saved: %1</source>
        <translation>Не вдалося зберегти громаду: %1</translation>
    </message>
    <message>
        <source>Edit Community</source>
        <translation>Редагування громади</translation>
    </message>
</context>
<context>
    <name>dd::ui::ContactDialog</name>
    <message>
        <source>Edit Contact</source>
        <translation>Редагування контакту</translation>
    </message>
    <message>
        <source>Suggested by the official transliteration of Ukrainian; type to change it.</source>
        <translation>Запропоновано за офіційною транслітерацією з української; введіть текст, щоб змінити.</translation>
    </message>
    <message>
        <source>As written in the passport.</source>
        <translation>Як написано в паспорті.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(немає)</translation>
    </message>
    <message>
        <source>The contact could not be saved: %1</source>
        <translation>Не вдалося зберегти контакт: %1</translation>
    </message>
    <message>
        <source>The communities to choose from could not be read: %1</source>
        <translation>Не вдалося прочитати громади для вибору: %1</translation>
    </message>
    <message>
        <source>The organisations to choose from could not be read: %1</source>
        <translation>Не вдалося прочитати організації для вибору: %1</translation>
    </message>
    <message>
        <source>Record %1</source>
        <comment>a linked record that is not among the choices, by its number</comment>
        <translation>Запис %1</translation>
    </message>
</context>
<context>
    <name>dd::ui::DelegationDialog</name>
    <message>
        <source>Edit “%1”</source>
        <translation>Редагування «%1»</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(немає)</translation>
    </message>
    <message>
        <source>The events to choose from could not be read: %1</source>
        <translation>Не вдалося прочитати заходи для вибору: %1</translation>
    </message>
    <message>
        <source>The organisations to choose from could not be read: %1</source>
        <translation>Не вдалося прочитати організації для вибору: %1</translation>
    </message>
    <message>
        <source>The contacts to choose from could not be read: %1</source>
        <translation>Не вдалося прочитати контакти для вибору: %1</translation>
    </message>
    <message>
        <source>The delegation could not be saved: %1</source>
        <translation>Не вдалося зберегти делегацію: %1</translation>
    </message>
    <message>
        <source>Record %1</source>
        <comment>a linked record that is not among the choices, by its number</comment>
        <translation>Запис %1</translation>
    </message>
</context>
<context>
    <name>dd::ui::DelegationPage</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Назад до списку</translation>
    </message>
    <message>
        <source>Add Members…</source>
        <translation>Додати учасників…</translation>
    </message>
    <message>
        <source>Add contacts to the delegation</source>
        <translation>Додати контакти до делегації</translation>
    </message>
    <message>
        <source>Set Status</source>
        <translation>Установити статус</translation>
    </message>
    <message>
        <source>Set the status of the selected members</source>
        <translation>Установити статус вибраних учасників</translation>
    </message>
    <message>
        <source>Set Role</source>
        <translation>Установити роль</translation>
    </message>
    <message>
        <source>Set the role of the selected members</source>
        <translation>Установити роль вибраних учасників</translation>
    </message>
    <message>
        <source>Edit Member…</source>
        <translation>Редагувати учасника…</translation>
    </message>
    <message>
        <source>Edit the current member</source>
        <translation>Редагувати поточного учасника</translation>
    </message>
    <message>
        <source>Remove from Delegation</source>
        <translation>Вилучити з делегації</translation>
    </message>
    <message>
        <source>Remove the selected members from the delegation; their contacts stay</source>
        <translation>Вилучити вибраних учасників із делегації; їхні контакти залишаться</translation>
    </message>
    <message>
        <source>This delegation no longer exists.</source>
        <translation>Цієї делегації більше не існує.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>from date – to date</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>з %1</translation>
    </message>
    <message>
        <source>dates not set yet</source>
        <translation>дати ще не визначено</translation>
    </message>
    <message>
        <source>The members could not be read: %1</source>
        <translation>Не вдалося прочитати учасників: %1</translation>
    </message>
    <message>
        <source>No members yet — add them with Add Members…</source>
        <translation>Учасників ще немає — додайте їх через «Додати учасників…»</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s): %1</source>
        <translation>
            <numerusform>%n учасник: %1</numerusform>
            <numerusform>%n учасники: %1</numerusform>
            <numerusform>%n учасників: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The meetings could not be read: %1</source>
        <translation>Не вдалося прочитати зустрічі: %1</translation>
    </message>
    <message>
        <source>Agenda: no meetings yet</source>
        <translation>Програма: зустрічей ще немає</translation>
    </message>
    <message numerus="yes">
        <source>Agenda: %n meeting(s)</source>
        <translation>
            <numerusform>Програма: %n зустріч</numerusform>
            <numerusform>Програма: %n зустрічі</numerusform>
            <numerusform>Програма: %n зустрічей</numerusform>
        </translation>
    </message>
    <message>
        <source>Not Changed</source>
        <translation>Не змінено</translation>
    </message>
    <message>
        <source>“%1” could not be done: %2</source>
        <translation>Не вдалося виконати «%1»: %2</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>невідома помилка</translation>
    </message>
    <message numerus="yes">
        <source>Add %n member(s) to the delegation</source>
        <translation>
            <numerusform>Додати %n учасника до делегації</numerusform>
            <numerusform>Додати %n учасників до делегації</numerusform>
            <numerusform>Додати %n учасників до делегації</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %n member(s) to “%1”</source>
        <translation>
            <numerusform>Установити %n учасникові статус «%1»</numerusform>
            <numerusform>Установити %n учасникам статус «%1»</numerusform>
            <numerusform>Установити %n учасникам статус «%1»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %n member(s) “%1”</source>
        <translation>
            <numerusform>Призначити %n учасникові роль «%1»</numerusform>
            <numerusform>Призначити %n учасникам роль «%1»</numerusform>
            <numerusform>Призначити %n учасникам роль «%1»</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1 from the delegation? The contact stays in the database.</source>
        <translation>Вилучити %1 з делегації? Контакт залишиться в базі даних.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n members from the delegation: %1? Their contacts stay in the database.</source>
        <translation>
            <numerusform>Вилучити %n учасника з делегації: %1? Їхні контакти залишаться в базі даних.</numerusform>
            <numerusform>Вилучити %n учасників із делегації: %1? Їхні контакти залишаться в базі даних.</numerusform>
            <numerusform>Вилучити %n учасників із делегації: %1? Їхні контакти залишаться в базі даних.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between names</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Remove %1 from the delegation</source>
        <translation>Вилучити %1 з делегації</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n members from the delegation</source>
        <translation>
            <numerusform>Вилучити %n учасника з делегації</numerusform>
            <numerusform>Вилучити %n учасників із делегації</numerusform>
            <numerusform>Вилучити %n учасників із делегації</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>planned size: %n</source>
        <comment>the number of people the delegation plans to bring</comment>
        <translation>
            <numerusform>планова чисельність: %n</numerusform>
            <numerusform>планова чисельність: %n</numerusform>
            <numerusform>планова чисельність: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Add members to the delegation</source>
        <translation>Додати учасників до делегації</translation>
    </message>
</context>
<context>
    <name>dd::ui::DocumentActions</name>
    <message>
        <source>&amp;Print Preview</source>
        <translation>&amp;Попередній перегляд друку</translation>
    </message>
    <message>
        <source>Save as P&amp;DF</source>
        <translation>Зберегти як P&amp;DF</translation>
    </message>
    <message>
        <source>Export &amp;Calendar (.ics)…</source>
        <translation>Експорт &amp;календаря (.ics)…</translation>
    </message>
    <message>
        <source>The delegation&apos;s meetings as an iCalendar file for Thunderbird, Outlook and phones</source>
        <translation>Зустрічі делегації у файлі iCalendar для Thunderbird, Outlook і телефонів</translation>
    </message>
    <message>
        <source>Cannot make the document</source>
        <translation>Не вдалося створити документ</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Зберегти як PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документи PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot save the PDF</source>
        <translation>Не вдалося зберегти PDF</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>Збережено «%1».</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n badge(s) printed</source>
        <translation>
            <numerusform>Позначення %n бейджа як надрукованого</numerusform>
            <numerusform>Позначення %n бейджів як надрукованих</numerusform>
            <numerusform>Позначення %n бейджів як надрукованих</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot mark the badges printed</source>
        <translation>Не вдалося позначити бейджі як надруковані</translation>
    </message>
    <message>
        <source>Cannot make the calendar</source>
        <translation>Не вдалося створити календар</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>Експорт календаря</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Файли iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Cannot write the calendar</source>
        <translation>Не вдалося записати календар</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) written to “%1”.</source>
        <translation>
            <numerusform>У «%1» записано %n зустріч.</numerusform>
            <numerusform>У «%1» записано %n зустрічі.</numerusform>
            <numerusform>У «%1» записано %n зустрічей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) without a time left out.</source>
        <translation>
            <numerusform>Пропущено %n зустріч без часу.</numerusform>
            <numerusform>Пропущено %n зустрічі без часу.</numerusform>
            <numerusform>Пропущено %n зустрічей без часу.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ui::EventDialog</name>
    <message>
        <source>(none)</source>
        <translation>(немає)</translation>
    </message>
    <message>
        <source>The organisations to choose from could not be read: %1</source>
        <translation>Не вдалося прочитати організації для вибору: %1</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Редагування «%1»</translation>
    </message>
    <message>
        <source>The event could not be saved: %1</source>
        <translation>Не вдалося зберегти подію: %1</translation>
    </message>
    <message>
        <source>Record %1</source>
        <comment>a linked record that is not among the choices, by its number</comment>
        <translation>Запис %1</translation>
    </message>
</context>
<context>
    <name>dd::ui::ExportDialog</name>
    <message>
        <source>Export to CSV</source>
        <translation>Експорт у CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файли CSV (*.csv);;Усі файли (*)</translation>
    </message>
    <message>
        <source>For E&amp;xcel (semicolons, with a byte-order mark)</source>
        <translation>Для E&amp;xcel (крапка з комою, з BOM)</translation>
    </message>
    <message>
        <source>For E&amp;xcel (commas, with a byte-order mark)</source>
        <translation>Для E&amp;xcel (коми, з BOM)</translation>
    </message>
    <message numerus="yes">
        <source>The list as shown: %1, %n column(s)</source>
        <translation>
            <numerusform>Список, як показано: %1, %n стовпець</numerusform>
            <numerusform>Список, як показано: %1, %n стовпці</numerusform>
            <numerusform>Список, як показано: %1, %n стовпців</numerusform>
        </translation>
    </message>
    <message>
        <source>All delegations</source>
        <translation>Усі делегації</translation>
    </message>
    <message>
        <source>The rows of the list on screen, with its filter and sort, and the columns it shows.</source>
        <translation>Рядки списку на екрані з його фільтром і сортуванням та стовпцями, які він показує.</translation>
    </message>
    <message>
        <source>The columns ticked below</source>
        <translation>Стовпці, позначені нижче</translation>
    </message>
    <message>
        <source>Every member of the chosen delegations and statuses, with the columns ticked below.</source>
        <translation>Усі учасники вибраних делегацій і статусів зі стовпцями, позначеними нижче.</translation>
    </message>
    <message>
        <source>Tick at least one column.</source>
        <translation>Позначте принаймні один стовпець.</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Виберіть файл для запису.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to “%1”.</source>
        <translation>
            <numerusform>Експортовано %n рядок у «%1».</numerusform>
            <numerusform>Експортовано %n рядки у «%1».</numerusform>
            <numerusform>Експортовано %n рядків у «%1».</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Експортувати</translation>
    </message>
</context>
<context>
    <name>dd::ui::FastEntryDialog</name>
    <message>
        <source>(none)</source>
        <translation>(немає)</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Громада</translation>
    </message>
    <message>
        <source>There is no community of that name; choose one from the list or leave it empty.</source>
        <translation>Громади з такою назвою немає; виберіть її зі списку або залиште поле порожнім.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Організація</translation>
    </message>
    <message>
        <source>There is no organisation of that name; choose one from the list or leave it empty.</source>
        <translation>Організації з такою назвою немає; виберіть її зі списку або залиште поле порожнім.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>The contact could not be saved: %1</source>
        <translation>Не вдалося зберегти контакт: %1</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Контакт: %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Give the meeting a title.</source>
        <translation>Укажіть тему зустрічі.</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Делегація</translation>
    </message>
    <message>
        <source>There is no delegation of that name; choose one from the list or leave it empty.</source>
        <translation>Делегації з такою назвою немає; виберіть її зі списку або залиште поле порожнім.</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>Співрозмовник</translation>
    </message>
    <message>
        <source>The meeting could not be saved: %1</source>
        <translation>Не вдалося зберегти зустріч: %1</translation>
    </message>
    <message>
        <source>Meeting: %1</source>
        <translation>Зустріч: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n this session)</source>
        <translation>
            <numerusform>Збережено: %1 (%n за цей сеанс)</numerusform>
            <numerusform>Збережено: %1 (%n за цей сеанс)</numerusform>
            <numerusform>Збережено: %1 (%n за цей сеанс)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The form holds text that is not saved: Enter saves it, Esc again discards it and closes.</source>
        <translation>У формі є незбережений текст: Enter збереже його, повторне натискання Esc відкине його й закриє форму.</translation>
    </message>
    <message>
        <source>The choices of the list “%1” could not be read: %2</source>
        <translation>Не вдалося прочитати варіанти вибору для списку «%1»: %2</translation>
    </message>
</context>
<context>
    <name>dd::ui::ImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Імпортувати</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Стовпець у файлі</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Перше значення</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Рядок</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значення</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Дія</translation>
    </message>
    <message>
        <source>Import from CSV</source>
        <translation>Імпорт із CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Файли CSV (*.csv *.txt *.tsv);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>Зберегти відхилені рядки</translation>
    </message>
    <message>
        <source>rejected-rows.csv</source>
        <translation>rejected-rows.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файли CSV (*.csv)</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— не імпортувати —</translation>
    </message>
    <message>
        <source>P&amp;roblems (%1)</source>
        <translation>Пробле&amp;ми (%1)</translation>
    </message>
    <message>
        <source>line %1 of the file</source>
        <translation>рядок %1 файлу</translation>
    </message>
    <message>
        <source>a stored record</source>
        <translation>запис у базі даних</translation>
    </message>
    <message>
        <source>D&amp;uplicates (%1)</source>
        <translation>&amp;Дублікати (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n rejected row(s) to “%1”.</source>
        <translation>
            <numerusform>Збережено %n відхилений рядок у «%1».</numerusform>
            <numerusform>Збережено %n відхилені рядки у «%1».</numerusform>
            <numerusform>Збережено %n відхилених рядків у «%1».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems; nothing was imported.</source>
        <translation>
            <numerusform>Проблеми в %n рядку; нічого не імпортовано.</numerusform>
            <numerusform>Проблеми в %n рядках; нічого не імпортовано.</numerusform>
            <numerusform>Проблеми в %n рядках; нічого не імпортовано.</numerusform>
        </translation>
    </message>
    <message>
        <source>Same</source>
        <comment>header: the field whose value is the same, such as e-mail</comment>
        <translation>Збіг за полем</translation>
    </message>
    <message>
        <source>Matches</source>
        <comment>header: the row of the file or the stored record it duplicates</comment>
        <translation>Дублює</translation>
    </message>
    <message>
        <source>Encoding: %1. Delimiter: %2.</source>
        <translation>Кодування: %1. Роздільник: %2.</translation>
    </message>
    <message>
        <source>Rows: %L1. To create: %L2. To update: %L3. Duplicates to skip: %L4. With problems: %L5.</source>
        <translation>Рядків: %L1. Буде створено: %L2. Буде оновлено: %L3. Буде пропущено дублікатів: %L4. З проблемами: %L5.</translation>
    </message>
    <message>
        <source>The import into the list “%1” is done. Created: %L2. Updated: %L3. Skipped: %L4. Left out: %L5.</source>
        <translation>Імпорт до списку «%1» завершено. Створено: %L2. Оновлено: %L3. Пропущено: %L4. Відкинуто: %L5.</translation>
    </message>
</context>
<context>
    <name>dd::ui::ListDelegate</name>
    <message>
        <source>Next step overdue since %1</source>
        <translation>Наступний крок прострочено з %1</translation>
    </message>
</context>
<context>
    <name>dd::ui::MainWindow</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Не вдалося відкрити базу даних</translation>
    </message>
    <message>
        <source>The file is read-only: you can look, but not change anything.</source>
        <translation>Файл доступний лише для читання: переглядати можна, змінювати — ні.</translation>
    </message>
    <message>
        <source>The database was upgraded; the previous version is kept as “%1”.</source>
        <translation>Базу даних оновлено; попередню версію збережено як «%1».</translation>
    </message>
    <message>
        <source>Cannot read the list</source>
        <translation>Не вдалося прочитати список</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Select a row to see everything about it.</source>
        <translation>Виберіть рядок, щоб побачити все про нього.</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Базу даних не відкрито</translation>
    </message>
    <message>
        <source>Delegation Desk</source>
        <translation>Delegation Desk</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (лише читання)</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n запис</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записів</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — Delegation Desk</source>
        <translation>%1 — Delegation Desk</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Нова база даних</translation>
    </message>
    <message>
        <source>Delegation Desk databases (*.sqlite)</source>
        <translation>Бази даних Delegation Desk (*.sqlite)</translation>
    </message>
    <message>
        <source>Cannot create the database</source>
        <translation>Не вдалося створити базу даних</translation>
    </message>
    <message>
        <source>“%1” exists and cannot be moved aside.</source>
        <translation>«%1» існує, і його неможливо відсунути вбік.</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Відкрити базу даних</translation>
    </message>
    <message>
        <source>Delegation Desk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Бази даних Delegation Desk (*.sqlite *.db);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Cannot create the demonstration</source>
        <translation>Не вдалося створити демонстрацію</translation>
    </message>
    <message>
        <source>About Delegation Desk</source>
        <translation>Про Delegation Desk</translation>
    </message>
    <message>
        <source>Delegation Desk %1

Organises municipal delegations and city-to-city partnerships, offline.</source>
        <translation>Delegation Desk %1

Організовує муніципальні делегації та партнерства між громадами — без інтернету.</translation>
    </message>
    <message>
        <source>The database is in use</source>
        <translation>База даних використовується</translation>
    </message>
    <message>
        <source>Open it read-only instead?</source>
        <translation>Відкрити її лише для читання?</translation>
    </message>
    <message>
        <source>&amp;Search Everything…</source>
        <translation>&amp;Пошук усюди…</translation>
    </message>
    <message>
        <source>&amp;Filter This List</source>
        <translation>&amp;Фільтрувати цей список</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) match the filter</source>
        <translation>
            <numerusform>Фільтру відповідає %n запис</numerusform>
            <numerusform>Фільтру відповідають %n записи</numerusform>
            <numerusform>Фільтру відповідають %n записів</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the partnership</source>
        <translation>Не вдалося прочитати партнерство</translation>
    </message>
    <message>
        <source>Cannot delete %1</source>
        <translation>Не вдалося видалити %1</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>%1 видалено.</translation>
    </message>
    <message>
        <source>Add a record to the list on screen</source>
        <translation>Додати запис до списку на екрані</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>З&amp;міни</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>По&amp;вторити</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Не вдалося скасувати</translation>
    </message>
    <message>
        <source>The undo history was cleared; the database is as it was.</source>
        <translation>Історію скасувань очищено; база даних така, як була.</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Редагування «%1»</translation>
    </message>
    <message>
        <source>Cannot read the record</source>
        <translation>Не вдалося прочитати запис</translation>
    </message>
    <message>
        <source>Edit › Undo (%1) brings it back.</source>
        <translation>Зміни › Скасувати (%1) поверне його.</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Видалення «%1»</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Скасовано: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Повторено: %1</translation>
    </message>
    <message>
        <source>Change the stage of “%1”</source>
        <translation>Зміна етапу «%1»</translation>
    </message>
    <message>
        <source>Check-in at the desk</source>
        <translation>Реєстрація на стійці</translation>
    </message>
    <message>
        <source>Fast entry</source>
        <translation>Швидке введення</translation>
    </message>
    <message>
        <source>Import from CSV</source>
        <translation>Імпорт із CSV</translation>
    </message>
    <message numerus="yes">
        <source>Import of %n record(s)</source>
        <translation>
            <numerusform>Імпорт %n запису</numerusform>
            <numerusform>Імпорт %n записів</numerusform>
            <numerusform>Імпорт %n записів</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Налаштування…</translation>
    </message>
    <message>
        <source>New “%1”</source>
        <comment>undo history: the record named %1 was created</comment>
        <translation>Створення «%1»</translation>
    </message>
</context>
<context>
    <name>dd::ui::MeetingDialog</name>
    <message>
        <source>Filter communities…</source>
        <translation>Фільтрувати громади…</translation>
    </message>
    <message>
        <source>Filter organisations…</source>
        <translation>Фільтрувати організації…</translation>
    </message>
    <message>
        <source>Filter people…</source>
        <translation>Фільтрувати людей…</translation>
    </message>
    <message>
        <source>Edit Meeting</source>
        <translation>Редагування зустрічі</translation>
    </message>
    <message>
        <source>The records to choose from could not be read: %1</source>
        <translation>Не вдалося прочитати записи для вибору: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(немає)</translation>
    </message>
    <message>
        <source>The meeting could not be saved: %1</source>
        <translation>Не вдалося зберегти зустріч: %1</translation>
    </message>
    <message>
        <source>Record %1</source>
        <comment>a linked record that is not among the choices, by its number</comment>
        <translation>Запис %1</translation>
    </message>
</context>
<context>
    <name>dd::ui::MemberDialog</name>
    <message>
        <source>Edit Member — %1</source>
        <translation>Редагування учасника — %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Не задано</translation>
    </message>
    <message>
        <source>Go below the first date to leave it unset.</source>
        <translation>Прокрутіть нижче першої дати, щоб залишити поле незаданим.</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(невідомо)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(немає)</translation>
    </message>
    <message>
        <source>The communities to choose from could not be read: %1</source>
        <translation>Не вдалося прочитати громади для вибору: %1</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(ніхто)</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Edit %1 in the delegation</source>
        <translation>Редагування учасника %1 у делегації</translation>
    </message>
    <message>
        <source>The member could not be saved: %1</source>
        <translation>Не вдалося зберегти учасника: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; in %2</source>
        <comment>a member’s name in a delegation’s name</comment>
        <translation>&lt;b&gt;%1&lt;/b&gt; у %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; in %2, %3</source>
        <comment>a member’s name in a delegation’s name, its dates</comment>
        <translation>&lt;b&gt;%1&lt;/b&gt; у %2, %3</translation>
    </message>
</context>
<context>
    <name>dd::ui::MemberPickerDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Додати</translation>
    </message>
    <message>
        <source>Adds the ticked people (Ctrl+Enter)</source>
        <translation>Додає позначених людей (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>The contacts could not be read: %1</source>
        <translation>Не вдалося прочитати контакти: %1</translation>
    </message>
    <message>
        <source>Nobody ticked yet.</source>
        <translation>Ще нікого не позначено.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticked: %1</source>
        <translation>
            <numerusform>Позначено %n: %1</numerusform>
            <numerusform>Позначено %n: %1</numerusform>
            <numerusform>Позначено %n: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between names</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Tick at least one person, or Cancel.</source>
        <translation>Позначте принаймні одну людину або натисніть «Скасувати».</translation>
    </message>
</context>
<context>
    <name>dd::ui::OrganisationDialog</name>
    <message>
        <source>(none)</source>
        <translation>(немає)</translation>
    </message>
    <message>
        <source>The organisations to choose from could not be read: %1</source>
        <translation>Не вдалося прочитати організації для вибору: %1</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Редагування «%1»</translation>
    </message>
    <message>
        <source>The organisation could not be saved: %1</source>
        <translation>Не вдалося зберегти організацію: %1</translation>
    </message>
    <message>
        <source>Record %1</source>
        <comment>a linked record that is not among the choices, by its number</comment>
        <translation>Запис %1</translation>
    </message>
</context>
<context>
    <name>dd::ui::PartnershipDialog</name>
    <message>
        <source>Type a name: Боярка, Palaiseau…</source>
        <translation>Введіть назву: Боярка, Palaiseau…</translation>
    </message>
    <message>
        <source>Filter organisations…</source>
        <translation>Фільтрувати організації…</translation>
    </message>
    <message>
        <source>as named</source>
        <translation>як названо</translation>
    </message>
    <message>
        <source>Edit Partnership</source>
        <translation>Редагування партнерства</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(немає)</translation>
    </message>
    <message>
        <source>%1 (organisation)</source>
        <translation>%1 (організація)</translation>
    </message>
    <message>
        <source>The records to choose from could not be read: %1</source>
        <translation>Не вдалося прочитати записи для вибору: %1</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>Запис %1</translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation>%1, з %2</translation>
    </message>
    <message>
        <source>The day this party&apos;s council ratified the agreement. Delete clears it.</source>
        <translation>День, коли рада цієї сторони ратифікувала угоду. Delete очищає.</translation>
    </message>
    <message>
        <source>The council decision and its number.</source>
        <translation>Рішення ради та його номер.</translation>
    </message>
    <message>
        <source>%1 is already a party.</source>
        <translation>%1 уже є стороною.</translation>
    </message>
    <message>
        <source>The partnership could not be saved: %1</source>
        <translation>Не вдалося зберегти партнерство: %1</translation>
    </message>
</context>
<context>
    <name>dd::ui::PreferencesDialog</name>
    <message>
        <source>System language (%1)</source>
        <translation>Мова системи (%1)</translation>
    </message>
    <message>
        <source>%1 will be used from the next time you start Delegation Desk.</source>
        <translation>Мову «%1» буде застосовано після наступного запуску Delegation Desk.</translation>
    </message>
</context>
<context>
    <name>dd::ui::StageChangeDialog</name>
    <message>
        <source>Now at the stage “%1”, since %2.</source>
        <translation>Зараз на етапі «%1», з %2.</translation>
    </message>
    <message>
        <source>Now at the stage “%1”.</source>
        <translation>Зараз на етапі «%1».</translation>
    </message>
    <message>
        <source>Record the Change</source>
        <translation>Записати зміну</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>Не вдалося зберегти зміну: %1</translation>
    </message>
</context>
<context>
    <name>dd::ui::UnsavedChangesGuard</name>
    <message>
        <source>Discard the changes?</source>
        <translation>Відкинути зміни?</translation>
    </message>
    <message>
        <source>This form has changes that are not saved. Close it and discard them?</source>
        <translation>У цій формі є незбережені зміни. Закрити її та відкинути їх?</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>Продовжити редагування</translation>
    </message>
</context>
</TS>
