<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Calendar</name>
    <message>
        <source>Counterparts: %1</source>
        <translation>Interlocuteurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>Who goes: %1</source>
        <translation>Participants&#xa0;: %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Résultat&#xa0;: %1</translation>
    </message>
    <message>
        <source>Delegation: %1</source>
        <translation>Délégation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>CalendarCommand</name>
    <message>
        <source>Usage: %1</source>
        <translation>Utilisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Writes a delegation&apos;s meetings as an iCalendar file (RFC 5545) for Thunderbird, Outlook and phone calendars: one event per meeting, in the meeting&apos;s time zone (else the event&apos;s). Meetings without a start time are left out.</source>
        <translation>Écrit les rencontres d’une délégation dans un fichier iCalendar (RFC 5545) pour Thunderbird, Outlook et les agendas des téléphones&#xa0;: un événement par rencontre, dans le fuseau horaire de la rencontre (à défaut, celui de l’événement). Les rencontres sans heure de début sont omises.</translation>
    </message>
    <message>
        <source>Show help for this command.</source>
        <translation>Afficher l’aide de cette commande.</translation>
    </message>
    <message>
        <source>The delegation (its name or uid).</source>
        <translation>La délégation (son nom ou son uid).</translation>
    </message>
    <message>
        <source>The .ics file to write (written whole or not at all), or - for standard output.</source>
        <translation>Le fichier .ics à écrire (écrit en entier ou pas du tout), ou - pour la sortie standard.</translation>
    </message>
    <message>
        <source>calendar takes no arguments, only options.</source>
        <translation>calendar ne prend aucun argument, seulement des options.</translation>
    </message>
    <message>
        <source>calendar needs --delegation NAME|UID.</source>
        <translation>calendar attend --delegation NAME|UID.</translation>
    </message>
    <message>
        <source>calendar needs --output FILE.ics.</source>
        <translation>calendar attend --output FILE.ics.</translation>
    </message>
    <message numerus="yes">
        <source>Left out %n meeting(s) without a start time.</source>
        <translation>
            <numerusform>%n rencontre sans heure de début a été omise.</numerusform>
            <numerusform>%n rencontres sans heure de début ont été omises.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n event(s) to standard output.</source>
        <translation>
            <numerusform>%n événement écrit sur la sortie standard.</numerusform>
            <numerusform>%n événements écrits sur la sortie standard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n event(s) to “%1”.</source>
        <translation>
            <numerusform>%n événement écrit dans «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%n événements écrits dans «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeLog</name>
    <message>
        <source>The database cannot replay changes.</source>
        <translation>La base de données ne peut pas rejouer les modifications.</translation>
    </message>
    <message>
        <source>The database is open read-only.</source>
        <translation>La base de données est ouverte en lecture seule.</translation>
    </message>
    <message>
        <source>Another change is still being written.</source>
        <translation>Une autre modification est encore en cours d’écriture.</translation>
    </message>
    <message>
        <source>The recorded changes are damaged.</source>
        <translation>Les modifications enregistrées sont endommagées.</translation>
    </message>
    <message>
        <source>Replaying the changes would leave a record in “%1” pointing to one that is gone.</source>
        <translation>Rejouer les modifications laisserait dans «&#xa0;%1&#xa0;» une fiche pointant vers une fiche disparue.</translation>
    </message>
    <message>
        <source>This cannot be replayed: the list “%1” has changed since.</source>
        <translation>Impossible de rejouer cette modification&#xa0;: la liste «&#xa0;%1&#xa0;» a changé depuis.</translation>
    </message>
</context>
<context>
    <name>ChangeRecorder</name>
    <message>
        <source>The database cannot record changes.</source>
        <translation>La base de données ne peut pas enregistrer les modifications.</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Check-in Desk</source>
        <translation>Bureau d’accueil</translation>
    </message>
    <message>
        <source>&amp;Delegation:</source>
        <translation>&amp;Délégation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>A few letters of the name, in Cyrillic or Latin letters</source>
        <translation>Quelques lettres du nom, en cyrillique ou en latin</translation>
    </message>
    <message>
        <source>↑ ↓ choose among the matches, Enter checks the person in, Esc closes.</source>
        <translation>↑ ↓ pour choisir parmi les résultats, Entrée pour enregistrer l’arrivée, Échap pour fermer.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Show help for this command.</source>
        <translation>Afficher l’aide de cette commande.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Utilisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Loads the demonstration scenario (the Congress of Mayors of France) into a new or empty database.</source>
        <translation>Charge le scénario de démonstration (le Congrès des maires de France) dans une base de données nouvelle ou vide.</translation>
    </message>
    <message>
        <source>demo takes no arguments.</source>
        <translation>demo ne prend aucun argument.</translation>
    </message>
    <message>
        <source>Loaded the demonstration scenario into “%1”.</source>
        <translation>Scénario de démonstration chargé dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Checks the database&apos;s integrity and its references. Exits with 0 only when it is healthy.</source>
        <translation>Vérifie l’intégrité de la base de données et de ses références. Ne se termine avec le code 0 que si elle est saine.</translation>
    </message>
    <message>
        <source>check takes no arguments.</source>
        <translation>check ne prend aucun argument.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n problem(s).</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» présente %n problème.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» présente %n problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is healthy (database version %2).</source>
        <translation>«&#xa0;%1&#xa0;» est saine (version de base de données %2).</translation>
    </message>
    <message>
        <source>The new file to write the copy to.</source>
        <translation>Le nouveau fichier où écrire la copie.</translation>
    </message>
    <message>
        <source>Writes a consistent copy of the database to a new file.</source>
        <translation>Écrit une copie cohérente de la base de données dans un nouveau fichier.</translation>
    </message>
    <message>
        <source>backup takes one argument: the file to write.</source>
        <translation>backup prend un argument&#xa0;: le fichier à écrire.</translation>
    </message>
    <message>
        <source>“%1” exists already; a backup is never written over a file.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà&#xa0;; une sauvegarde n’écrase jamais un fichier.</translation>
    </message>
    <message>
        <source>Cannot write the backup “%1”: %2</source>
        <translation>Impossible d’écrire la sauvegarde «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Wrote a copy of the database to “%1”.</source>
        <translation>Copie de la base de données écrite dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>load the demonstration scenario into a new or empty database</source>
        <translation>charger le scénario de démonstration dans une base nouvelle ou vide</translation>
    </message>
    <message>
        <source>check integrity and references; exit 0 only when healthy</source>
        <translation>vérifier l’intégrité et les références&#xa0;; code 0 seulement si tout est sain</translation>
    </message>
    <message>
        <source>write a consistent copy of the database to a new file</source>
        <translation>écrire une copie cohérente de la base dans un nouveau fichier</translation>
    </message>
    <message>
        <source>Delegation Desk organises municipal delegations and city-to-city partnerships.
Without a command it opens the window; with one it runs without a window.</source>
        <translation>Delegation Desk organise les délégations municipales et les partenariats entre collectivités.
Sans commande, il ouvre la fenêtre&#xa0;; avec une commande, il s’exécute sans fenêtre.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>The database file to open (default: %1).</source>
        <translation>Le fichier de base de données à ouvrir (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>The language of the window and of messages: en, uk or fr.</source>
        <translation>La langue de la fenêtre et des messages&#xa0;: en, uk ou fr.</translation>
    </message>
    <message>
        <source>Try “%1 --help”.</source>
        <translation>Essayez «&#xa0;%1 --help&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown language “%1”; use en, uk or fr.</source>
        <translation>Langue inconnue «&#xa0;%1&#xa0;»&#xa0;; utilisez en, uk ou fr.</translation>
    </message>
    <message>
        <source>--database needs a file name.</source>
        <translation>--database attend un nom de fichier.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Commands (“COMMAND --help” tells more):</source>
        <translation>Commandes («&#xa0;COMMAND --help&#xa0;» en dit plus)&#xa0;:</translation>
    </message>
    <message>
        <source>A command to run without the window.</source>
        <translation>Une commande à exécuter sans la fenêtre.</translation>
    </message>
    <message>
        <source>The words to look for (each one as a prefix).</source>
        <translation>Les mots à chercher (chacun comme préfixe).</translation>
    </message>
    <message>
        <source>At most this many hits (default 50).</source>
        <translation>Au plus ce nombre de résultats (50 par défaut).</translation>
    </message>
    <message>
        <source>Searches contacts, communities, organisations, events, delegations, meetings and partnerships, as the window&apos;s search (Ctrl+K) does. Prints one hit per line: kind, uid, title and detail, separated by tabs.</source>
        <translation>Cherche dans les contacts, collectivités, organisations, événements, délégations, rencontres et partenariats, comme la recherche de la fenêtre (Ctrl+K). Affiche un résultat par ligne&#xa0;: type, uid, titre et détail, séparés par des tabulations.</translation>
    </message>
    <message>
        <source>search needs a QUERY.</source>
        <translation>search attend une requête QUERY.</translation>
    </message>
    <message>
        <source>--limit takes a whole number of at least 1.</source>
        <translation>--limit attend un nombre entier d’au moins 1.</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s).</source>
        <translation>
            <numerusform>%n résultat.</numerusform>
            <numerusform>%n résultats.</numerusform>
        </translation>
    </message>
    <message>
        <source>search everything, as Ctrl+K does in the window</source>
        <translation>chercher partout, comme Ctrl+K dans la fenêtre</translation>
    </message>
    <message>
        <source>write a table or an attendee list as CSV</source>
        <translation>écrire une table ou une liste de participants en CSV</translation>
    </message>
    <message>
        <source>read contacts, communities, organisations or attendees from CSV</source>
        <translation>lire contacts, collectivités, organisations ou participants depuis un CSV</translation>
    </message>
    <message>
        <source>write a delegation&apos;s list, badges, programme or letters as PDF</source>
        <translation>écrire liste, badges, programme ou lettres d’une délégation en PDF</translation>
    </message>
    <message>
        <source>write a delegation&apos;s meetings as an iCalendar file</source>
        <translation>écrire les rencontres d’une délégation dans un fichier iCalendar</translation>
    </message>
</context>
<context>
    <name>CommunityDialog</name>
    <message>
        <source>New Community</source>
        <translation>Nouvelle collectivité</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>A hromada, a commune, a city…</source>
        <translation>Une hromada, une commune, une ville…</translation>
    </message>
    <message>
        <source>In its own script. Ukrainian hromadas and French communes are completed from the official gazetteers; any other place is typed freely.</source>
        <translation>Dans son écriture d’origine. Les hromadas ukrainiennes et les communes françaises sont complétées à partir des référentiels officiels&#xa0;; tout autre lieu se saisit librement.</translation>
    </message>
    <message>
        <source>Name in &amp;Latin:</source>
        <translation>Nom en &amp;latin&#xa0;:</translation>
    </message>
    <message>
        <source>As written in Latin letters. For a Ukrainian name, the official transliteration is suggested in grey until you type your own.</source>
        <translation>Tel qu’écrit en caractères latins. Pour un nom ukrainien, la translittération officielle est proposée en gris tant que vous n’avez pas saisi la vôtre.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Pays&#xa0;:</translation>
    </message>
    <message>
        <source>UA, FR…</source>
        <translation>UA, FR…</translation>
    </message>
    <message>
        <source>The two-letter country code (ISO 3166-1): UA, FR, DE, SE, PL…</source>
        <translation>Le code de pays à deux lettres (ISO 3166-1)&#xa0;: UA, FR, DE, SE, PL…</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région&#xa0;:</translation>
    </message>
    <message>
        <source>Oblast, région, Land…</source>
        <translation>Oblast, région, Land…</translation>
    </message>
    <message>
        <source>S&amp;ubregion:</source>
        <translation>So&amp;us-région&#xa0;:</translation>
    </message>
    <message>
        <source>Raion, département, district…</source>
        <translation>Raïon, département, district…</translation>
    </message>
    <message>
        <source>Official &amp;code:</source>
        <translation>&amp;Code officiel&#xa0;:</translation>
    </message>
    <message>
        <source>KATOTTG, INSEE…</source>
        <translation>KATOTTG, INSEE…</translation>
    </message>
    <message>
        <source>The code of the official register: KATOTTG for Ukraine, INSEE for France. Kept as text.</source>
        <translation>Le code du registre officiel&#xa0;: KATOTTG pour l’Ukraine, INSEE pour la France. Conservé comme texte.</translation>
    </message>
    <message>
        <source>C&amp;entre:</source>
        <translation>C&amp;hef-lieu&#xa0;:</translation>
    </message>
    <message>
        <source>A hromada&apos;s administrative centre, e.g. Корюківка for Корюківська громада.</source>
        <translation>Le centre administratif d’une hromada, p. ex. Корюківка pour Корюківська громада.</translation>
    </message>
    <message>
        <source>&amp;Population:</source>
        <translation>Populat&amp;ion&#xa0;:</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>New Contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;Salutation:</source>
        <translation>&amp;Civilité&#xa0;:</translation>
    </message>
    <message>
        <source>Mr, Ms, Dr, пан, пані…</source>
        <translation>M., Mme, Dr, пан, пані…</translation>
    </message>
    <message>
        <source>How the person is addressed in letters and on badges.</source>
        <translation>Comment s’adresser à la personne dans les lettres et sur les badges.</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Prénom&#xa0;:</translation>
    </message>
    <message>
        <source>In the person&apos;s own script: Юрій, Marie.</source>
        <translation>Dans l’écriture propre à la personne&#xa0;: Юрій, Marie.</translation>
    </message>
    <message>
        <source>&amp;Patronymic:</source>
        <translation>P&amp;atronyme&#xa0;:</translation>
    </message>
    <message>
        <source>If the person has one</source>
        <translation>S’il y en a un</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Nom de famille&#xa0;:</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>In the person&apos;s own script: Шевченко, Dupont. Lists sort by it.</source>
        <translation>Dans l’écriture propre à la personne&#xa0;: Шевченко, Dupont. Les listes sont triées sur ce nom.</translation>
    </message>
    <message>
        <source>Gi&amp;ven name (passport):</source>
        <translation>Prénom (passepo&amp;rt)&#xa0;:</translation>
    </message>
    <message>
        <source>Fa&amp;mily name (passport):</source>
        <translation>No&amp;m (passeport)&#xa0;:</translation>
    </message>
    <message>
        <source>As in the passport; filled from the Ukrainian spelling by the official rules — correct it if the passport differs.</source>
        <translation>Comme dans le passeport&#xa0;; rempli d’après l’orthographe ukrainienne selon les règles officielles — corrigez-le si le passeport diffère.</translation>
    </message>
    <message>
        <source>Work and contact details</source>
        <translation>Fonction et coordonnées</translation>
    </message>
    <message>
        <source>Pos&amp;ition:</source>
        <translation>&amp;Fonction&#xa0;:</translation>
    </message>
    <message>
        <source>Mayor, adviser, interpreter…</source>
        <translation>Maire, conseiller, interprète…</translation>
    </message>
    <message>
        <source>&amp;Community:</source>
        <translation>Collecti&amp;vité&#xa0;:</translation>
    </message>
    <message>
        <source>The community the person works for or represents.</source>
        <translation>La collectivité pour laquelle la personne travaille ou qu’elle représente.</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>The organisation the person works for or represents.</source>
        <translation>L’organisation pour laquelle la personne travaille ou qu’elle représente.</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nom@example.org</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>+380 44 000 00 00</source>
        <translation>+380 44 000 00 00</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Langues&#xa0;:</translation>
    </message>
    <message>
        <source>uk, en, fr</source>
        <translation>uk, en, fr</translation>
    </message>
    <message>
        <source>The languages the person speaks, for interpreting and seating.</source>
        <translation>Les langues que parle la personne, pour l’interprétation et le placement.</translation>
    </message>
    <message>
        <source>Nationalit&amp;y:</source>
        <translation>Nationalit&amp;é&#xa0;:</translation>
    </message>
    <message>
        <source>UA, FR…</source>
        <translation>UA, FR…</translation>
    </message>
    <message>
        <source>The two-letter country code (ISO 3166-1) of the passport: UA, FR, DE…</source>
        <translation>Le code de pays à deux lettres (ISO 3166-1) du passeport&#xa0;: UA, FR, DE…</translation>
    </message>
    <message>
        <source>May appear on p&amp;ublic lists</source>
        <translation>Peut figurer sur les listes p&amp;ubliques</translation>
    </message>
    <message>
        <source>The person agreed that their name may be printed in programmes and participant lists shared outside the team.</source>
        <translation>La personne a accepté que son nom figure dans les programmes et les listes de participants diffusés hors de l’équipe.</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Note&amp;s&#xa0;:</translation>
    </message>
    <message>
        <source>With the country code for a number abroad. Digits, spaces and + - ( ) / .</source>
        <translation>Avec l’indicatif du pays pour un numéro à l’étranger. Chiffres, espaces et + - ( ) / .</translation>
    </message>
</context>
<context>
    <name>ContactRules</name>
    <message>
        <source>Enter the family name.</source>
        <translation>Saisissez le nom de famille.</translation>
    </message>
    <message>
        <source>An e-mail address has no spaces.</source>
        <translation>Une adresse e-mail ne contient pas d’espace.</translation>
    </message>
    <message>
        <source>An e-mail address looks like name@example.org.</source>
        <translation>Une adresse e-mail ressemble à nom@example.org.</translation>
    </message>
    <message>
        <source>A + may only start a phone number.</source>
        <translation>Le signe + ne peut figurer qu’au début d’un numéro de téléphone.</translation>
    </message>
    <message>
        <source>A phone number has at least six digits.</source>
        <translation>Un numéro de téléphone compte au moins six chiffres.</translation>
    </message>
    <message>
        <source>The nationality is a two-letter country code, such as UA, FR or DE.</source>
        <translation>La nationalité est un code de pays à deux lettres, comme UA, FR ou DE.</translation>
    </message>
    <message>
        <source>Only digits, spaces and the signs + - ( ) / . belong in a phone number.</source>
        <translation>Un numéro de téléphone ne contient que des chiffres, des espaces et les signes + - ( ) / .</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>“%1” cannot be exported.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être exporté.</translation>
    </message>
    <message>
        <source>“%1” is not a field of %2. Its fields are: %3.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un champ de %2. Ses champs sont&#xa0;: %3.</translation>
    </message>
    <message>
        <source>No field was chosen.</source>
        <translation>Aucun champ n’a été choisi.</translation>
    </message>
    <message>
        <source>Only attendees and meetings can be chosen by delegation, not %1.</source>
        <translation>Seuls les participants et les rencontres peuvent être choisis par délégation, pas les %1.</translation>
    </message>
    <message>
        <source>Only attendees can be chosen by status, not %1.</source>
        <translation>Seuls les participants peuvent être choisis par statut, pas les %1.</translation>
    </message>
    <message>
        <source>“%1” is not an attendee status. The statuses are: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un statut de participant. Les statuts sont&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The list of %1 has no column “%2”.</source>
        <translation>La liste des %1 n’a pas de colonne «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>No column was chosen.</source>
        <translation>Aucune colonne n’a été choisie.</translation>
    </message>
    <message>
        <source>Presets are for attendee lists only; “%1” is another list.</source>
        <translation>Les modèles ne s’appliquent qu’aux listes de participants&#xa0;; «&#xa0;%1&#xa0;» est une autre liste.</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>Column “%1” is not imported: no field has that name.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» n’est pas importée&#xa0;: aucun champ ne porte ce nom.</translation>
    </message>
    <message>
        <source>Column “%1” is not imported: an earlier column holds the field “%2”.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» n’est pas importée&#xa0;: une colonne précédente contient déjà le champ «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The file has no column “%1” (for the field “%2”).</source>
        <translation>Le fichier n’a pas de colonne «&#xa0;%1&#xa0;» (pour le champ «&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>No column holds the field “%1” (%2), which every row needs; name it in the header or map it.</source>
        <translation>Aucune colonne ne contient le champ «&#xa0;%1&#xa0;» (%2), obligatoire pour chaque ligne&#xa0;; nommez-le dans l’en-tête ou associez-le à une colonne.</translation>
    </message>
    <message>
        <source>“%1” is not one of %2.</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie des valeurs admises&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” is neither yes nor no.</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni «&#xa0;oui&#xa0;» ni «&#xa0;non&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is not a date written as 2025-11-18.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date au format 2025-11-18.</translation>
    </message>
    <message>
        <source>“%1” is not a date and time written as 2025-11-18T09:30.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date et une heure au format 2025-11-18T09:30.</translation>
    </message>
    <message>
        <source>No community has the code or uid “%1”.</source>
        <translation>Aucune collectivité n’a le code ou l’uid «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is no community “%1”; import or enter it first.</source>
        <translation>Il n’y a pas de collectivité «&#xa0;%1&#xa0;»&#xa0;; importez-la ou saisissez-la d’abord.</translation>
    </message>
    <message>
        <source>There is no organisation “%1”; import or enter it first.</source>
        <translation>Il n’y a pas d’organisation «&#xa0;%1&#xa0;»&#xa0;; importez-la ou saisissez-la d’abord.</translation>
    </message>
    <message>
        <source>No contact has the uid “%1”.</source>
        <translation>Aucun contact n’a l’uid «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A community needs a name.</source>
        <translation>Une collectivité doit avoir un nom.</translation>
    </message>
    <message>
        <source>“%1” is not a population (a whole number of at least 0).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une population valide (un nombre entier positif ou nul).</translation>
    </message>
    <message>
        <source>The row names no delegation.</source>
        <translation>La ligne n’indique aucune délégation.</translation>
    </message>
    <message>
        <source>The check-out date is before the check-in date.</source>
        <translation>La date de départ est antérieure à la date d’arrivée.</translation>
    </message>
    <message>
        <source>The file has no header line.</source>
        <translation>Le fichier n’a pas de ligne d’en-tête.</translation>
    </message>
    <message>
        <source>Attendees are imported into a delegation: choose one, or map a delegation column.</source>
        <translation>Les participants sont importés dans une délégation&#xa0;: choisissez-en une, ou indiquez la colonne qui contient la délégation.</translation>
    </message>
    <message>
        <source>Line %1: the database refused the row: %2</source>
        <translation>Ligne %1&#xa0;: la base de données a refusé la ligne&#xa0;: %2</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>L’import a été annulé&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems; nothing was imported.</source>
        <translation>
            <numerusform>%n ligne pose problème&#xa0;; rien n’a été importé.</numerusform>
            <numerusform>%n lignes posent problème&#xa0;; rien n’a été importé.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import could not be saved: %1</source>
        <translation>L’import n’a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Line %1, field “%2”: %3</source>
        <translation>Ligne %1, champ «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>No member of this delegation is named “%1”.</source>
        <translation>Aucun membre de cette délégation ne s’appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) of this delegation are named “%1”.</source>
        <translation>
            <numerusform>%n membre de cette délégation s’appelle «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%n membres de cette délégation s’appellent «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>A member cannot share a room with themselves.</source>
        <translation>Un membre ne peut pas partager une chambre avec lui-même.</translation>
    </message>
    <message>
        <source>The table %1 has no field “%2”.</source>
        <translation>La table %1 n’a pas de champ «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Column “%1” (the field “%2”) is not imported into the table %3.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» (champ «&#xa0;%2&#xa0;») n’est pas importée dans la table %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n communities are named “%1”; give the code of the one you mean in community_code.</source>
        <translation>
            <numerusform>%n collectivité s’appelle «&#xa0;%1&#xa0;»&#xa0;; donnez dans community_code le code de celle que vous voulez dire.</numerusform>
            <numerusform>%n collectivités s’appellent «&#xa0;%1&#xa0;»&#xa0;; donnez dans community_code le code de celle que vous voulez dire.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisations are named “%1”; give the uid of the one you mean.</source>
        <translation>
            <numerusform>%n organisation s’appelle «&#xa0;%1&#xa0;»&#xa0;; donnez l’uid de celle que vous voulez dire.</numerusform>
            <numerusform>%n organisations s’appellent «&#xa0;%1&#xa0;»&#xa0;; donnez l’uid de celle que vous voulez dire.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The row has %n field(s) where the header has %1.</source>
        <translation>
            <numerusform>La ligne a %n champ alors que l’en-tête en a %1.</numerusform>
            <numerusform>La ligne a %n champs alors que l’en-tête en a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The table %1 cannot be imported; import contacts, communities, organisations or attendees.</source>
        <translation>La table %1 ne peut pas être importée&#xa0;; vous pouvez importer des contacts, des collectivités, des organisations ou des participants.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Detect</source>
        <translation>Détection automatique</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (cyrillique)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Europe occidentale)</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Virgule</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Point-virgule</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>The file holds binary data (a NUL byte at byte %1), not CSV text.</source>
        <translation>Le fichier contient des données binaires (un octet NUL à la position %1), pas du texte CSV.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Le fichier ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The file holds binary data (control characters), not CSV text.</source>
        <translation>Le fichier contient des données binaires (caractères de contrôle), pas du texte CSV.</translation>
    </message>
    <message>
        <source>This system cannot decode %1.</source>
        <translation>Ce système ne sait pas décoder l’encodage %1.</translation>
    </message>
    <message>
        <source>The file is not valid %1 text (near line %2); choose its encoding.</source>
        <translation>Le fichier n’est pas un texte %1 valide (vers la ligne %2)&#xa0;; choisissez son encodage.</translation>
    </message>
    <message>
        <source>Line %1: a field is longer than %2 characters; this is not a list of records (or a quote is missing).</source>
        <translation>Ligne %1&#xa0;: un champ dépasse %2 caractères&#xa0;; ce n’est pas une liste d’enregistrements (ou il manque un guillemet).</translation>
    </message>
    <message>
        <source>Line %1, character %2: the quoted field that starts here never ends (a closing quote is missing).</source>
        <translation>Ligne %1, caractère %2&#xa0;: le champ entre guillemets qui commence ici ne se termine jamais (il manque un guillemet fermant).</translation>
    </message>
    <message>
        <source>Line %1, character %2: a stray quote inside a field that does not start with one (put the whole field in quotes and double the quote).</source>
        <translation>Ligne %1, caractère %2&#xa0;: guillemet isolé dans un champ qui ne commence pas par un guillemet (mettez tout le champ entre guillemets et doublez ce guillemet).</translation>
    </message>
    <message>
        <source>Line %1, character %2: a stray quote (a closing quote followed by “%3”); a quote inside a quoted field must be doubled.</source>
        <translation>Ligne %1, caractère %2&#xa0;: guillemet isolé (un guillemet fermant suivi de «&#xa0;%3&#xa0;»)&#xa0;; un guillemet à l’intérieur d’un champ entre guillemets doit être doublé.</translation>
    </message>
    <message numerus="yes">
        <source>Line %1 has %n field(s) where the first line has %2.</source>
        <translation>
            <numerusform>La ligne %1 a %n champ alors que la première ligne en a %2.</numerusform>
            <numerusform>La ligne %1 a %n champs alors que la première ligne en a %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>The output refused the data.</source>
        <translation>La sortie a refusé les données.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message numerus="yes">
        <source>the file ends inside its header (%n byte(s))</source>
        <translation>
            <numerusform>le fichier se termine dans son en-tête (%n octet)</numerusform>
            <numerusform>le fichier se termine dans son en-tête (%n octets)</numerusform>
        </translation>
    </message>
    <message>
        <source>its header gives an impossible page size (%1)</source>
        <translation>son en-tête indique une taille de page impossible (%1)</translation>
    </message>
    <message>
        <source>the file is truncated: %1 bytes, where its header promises %2</source>
        <translation>le fichier est tronqué&#xa0;: %1 octets, alors que son en-tête en annonce %2</translation>
    </message>
    <message>
        <source>its size (%1 bytes) is not a whole number of pages of %2 bytes</source>
        <translation>sa taille (%1 octets) n’est pas un nombre entier de pages de %2 octets</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a database file.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>The database “%1” does not exist.</source>
        <translation>La base de données «&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <source>Cannot create the database “%1”: the folder cannot be written.</source>
        <translation>Impossible de créer la base de données «&#xa0;%1&#xa0;»&#xa0;: le dossier n’est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>“%1” is a damaged database: %2. It was not changed; restore it from a backup (a copy named “.bak-v…” may lie beside it).</source>
        <translation>«&#xa0;%1&#xa0;» est une base de données endommagée&#xa0;: %2. Elle n’a pas été modifiée&#xa0;; restaurez-la à partir d’une sauvegarde (une copie nommée «&#xa0;.bak-v…&#xa0;» se trouve peut-être à côté).</translation>
    </message>
    <message>
        <source>“%1” is not a Delegation Desk database (it is not an SQLite file).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une base de données Delegation Desk (ce n’est pas un fichier SQLite).</translation>
    </message>
    <message>
        <source>“%1” is read-only; it can be opened for reading only.</source>
        <translation>«&#xa0;%1&#xa0;» est en lecture seule&#xa0;; elle ne peut être ouverte qu’en lecture.</translation>
    </message>
    <message>
        <source>“%1” is already open for writing by user %2 on %3 (process %4, %5). Close it there first, or open a copy.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà ouverte en écriture par l’utilisateur %2 sur %3 (processus %4, %5). Fermez-la d’abord là-bas, ou ouvrez une copie.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Cannot lock “%1” for writing: the lock file “%2” cannot be created.</source>
        <translation>Impossible de verrouiller «&#xa0;%1&#xa0;» en écriture&#xa0;: le fichier de verrou «&#xa0;%2&#xa0;» ne peut pas être créé.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>Impossible d’ouvrir «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is a damaged database: %2. It was not changed.</source>
        <translation>«&#xa0;%1&#xa0;» est une base de données endommagée&#xa0;: %2. Elle n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another program, not of Delegation Desk. It was not changed.</source>
        <translation>«&#xa0;%1&#xa0;» est une base SQLite d’un autre programme, pas de Delegation Desk. Elle n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Delegation Desk (database version %2; this version reads up to %3). Update Delegation Desk to open it.</source>
        <translation>«&#xa0;%1&#xa0;» a été écrite par une version plus récente de Delegation Desk (version de base de données %2&#xa0;; cette version lit jusqu’à la %3). Mettez Delegation Desk à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>“%1” needs an upgrade from database version %2 to %3, but it is read-only.</source>
        <translation>«&#xa0;%1&#xa0;» doit être mise à niveau de la version de base de données %2 à %3, mais elle est en lecture seule.</translation>
    </message>
    <message>
        <source>“%1” is empty and read-only: there is nothing to show.</source>
        <translation>«&#xa0;%1&#xa0;» est vide et en lecture seule&#xa0;: il n’y a rien à afficher.</translation>
    </message>
    <message>
        <source>Cannot prepare “%1”: %2</source>
        <translation>Impossible de préparer «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot upgrade “%1”: the backup copy “%2” could not be written (%3). The database was not changed.</source>
        <translation>Impossible de mettre à niveau «&#xa0;%1&#xa0;»&#xa0;: la copie de sauvegarde «&#xa0;%2&#xa0;» n’a pas pu être écrite (%3). La base de données n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>Upgrading “%1” from database version %2 to %3 failed: %4. The database was left at version %2.</source>
        <translation>La mise à niveau de «&#xa0;%1&#xa0;» de la version de base de données %2 à %3 a échoué&#xa0;: %4. La base de données est restée à la version %2.</translation>
    </message>
    <message>
        <source>The integrity check could not run: %1</source>
        <translation>La vérification d’intégrité n’a pas pu s’exécuter&#xa0;: %1</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Intégrité&#xa0;: %1</translation>
    </message>
    <message>
        <source>The foreign-key check could not run: %1</source>
        <translation>La vérification des clés étrangères n’a pas pu s’exécuter&#xa0;: %1</translation>
    </message>
    <message>
        <source>Table %1, row %2 refers to a missing record in %3.</source>
        <translation>Table %1, ligne %2&#xa0;: référence à un enregistrement absent dans %3.</translation>
    </message>
    <message>
        <source>The file is not marked as a Delegation Desk database.</source>
        <translation>Le fichier n’est pas marqué comme base de données Delegation Desk.</translation>
    </message>
    <message>
        <source>The database is at version %1; this program expects version %2.</source>
        <translation>La base de données est à la version %1&#xa0;; ce programme attend la version %2.</translation>
    </message>
    <message>
        <source>“%1” needs an upgrade from database version %2 to %3, which needs it opened for writing.</source>
        <translation>«&#xa0;%1&#xa0;» doit être mise à niveau de la version de base de données %2 à %3, ce qui exige de l’ouvrir en écriture.</translation>
    </message>
    <message>
        <source>The search index does not match its documents: %1</source>
        <translation>L’index de recherche ne correspond pas à ses documents&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DelegationDialog</name>
    <message>
        <source>New Delegation</source>
        <translation>Nouvelle délégation</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Cities4Cities delegation to the Congress of Mayors…</source>
        <translation>Délégation Cities4Cities au Congrès des maires…</translation>
    </message>
    <message>
        <source>E&amp;vent:</source>
        <translation>É&amp;vénement&#xa0;:</translation>
    </message>
    <message>
        <source>The event the delegation travels to.</source>
        <translation>L’événement auquel se rend la délégation.</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Head of delegation:</source>
        <translation>&amp;Chef de délégation&#xa0;:</translation>
    </message>
    <message>
        <source>The contact who leads the delegation.</source>
        <translation>Le contact qui conduit la délégation.</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>&amp;Début le&#xa0;:</translation>
    </message>
    <message>
        <source>The day the delegation leaves; leave empty while it is not known.</source>
        <translation>Le jour du départ de la délégation&#xa0;; laissez vide tant qu’il n’est pas connu.</translation>
    </message>
    <message>
        <source>En&amp;ds on:</source>
        <translation>&amp;Fin le&#xa0;:</translation>
    </message>
    <message>
        <source>The day the delegation comes back; leave empty while it is not known.</source>
        <translation>Le jour du retour de la délégation&#xa0;; laissez vide tant qu’il n’est pas connu.</translation>
    </message>
    <message>
        <source>&amp;Planned size:</source>
        <translation>Effectif &amp;prévu&#xa0;:</translation>
    </message>
    <message>
        <source>How many communities or people the delegation counts in all, when more are expected than are entered.</source>
        <translation>Combien de collectivités ou de personnes compte la délégation en tout, quand on en attend plus qu’il n’en est saisi.</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>&amp;Coordinator:</source>
        <translation>C&amp;oordinateur&#xa0;:</translation>
    </message>
    <message>
        <source>The organisation that coordinates the delegation.</source>
        <translation>L’organisation qui coordonne la délégation.</translation>
    </message>
    <message>
        <source>P&amp;artners:</source>
        <translation>P&amp;artenaires&#xa0;:</translation>
    </message>
    <message>
        <source>The organisations the delegation travels in partnership with: tick each one (Space ticks the current one).</source>
        <translation>Les organisations avec lesquelles la délégation voyage en partenariat&#xa0;: cochez chacune d’elles (Espace coche l’élément courant).</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>Not&amp;es&#xa0;:</translation>
    </message>
</context>
<context>
    <name>DelegationRules</name>
    <message>
        <source>Enter the name of the delegation.</source>
        <translation>Saisissez le nom de la délégation.</translation>
    </message>
    <message>
        <source>The delegation cannot end before it starts.</source>
        <translation>La délégation ne peut pas finir avant de commencer.</translation>
    </message>
    <message>
        <source>The planned size cannot be negative.</source>
        <translation>L’effectif prévu ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The departure cannot be before the arrival.</source>
        <translation>Le départ ne peut pas précéder l’arrivée.</translation>
    </message>
    <message>
        <source>Arrives on %1, before the delegation starts (%2).</source>
        <translation>Arrive le %1, avant le début de la délégation (%2).</translation>
    </message>
    <message>
        <source>Arrives on %1, after the delegation ends (%2).</source>
        <translation>Arrive le %1, après la fin de la délégation (%2).</translation>
    </message>
    <message>
        <source>Leaves on %1, after the delegation ends (%2).</source>
        <translation>Part le %1, après la fin de la délégation (%2).</translation>
    </message>
    <message>
        <source>Leaves on %1, before the delegation starts (%2).</source>
        <translation>Part le %1, avant le début de la délégation (%2).</translation>
    </message>
</context>
<context>
    <name>DemoScenario</name>
    <message>
        <source>%1: %2</source>
        <comment>place in the document: problem</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the record could not be saved (%1)</source>
        <translation>la fiche n’a pas pu être enregistrée (%1)</translation>
    </message>
    <message>
        <source>unknown field %1</source>
        <translation>champ inconnu %1</translation>
    </message>
    <message>
        <source>the section %1 must be a list</source>
        <translation>la section %1 doit être une liste</translation>
    </message>
    <message>
        <source>each entry must be a JSON object</source>
        <translation>chaque entrée doit être un objet JSON</translation>
    </message>
    <message>
        <source>the key is used twice in %1</source>
        <translation>la clé est utilisée deux fois dans %1</translation>
    </message>
    <message>
        <source>the field %1 must be text</source>
        <translation>le champ %1 doit être du texte</translation>
    </message>
    <message>
        <source>the field %1 is required</source>
        <translation>le champ %1 est obligatoire</translation>
    </message>
    <message>
        <source>the field %1 must be a two-letter country code such as UA or FR, not %2</source>
        <translation>le champ %1 doit être un code de pays à deux lettres comme UA ou FR, pas %2</translation>
    </message>
    <message>
        <source>the field %1 has the unknown value %2 (known: %3)</source>
        <translation>le champ %1 a la valeur inconnue %2 (valeurs connues&#xa0;: %3)</translation>
    </message>
    <message>
        <source>the field %1 must be a whole number of zero or more</source>
        <translation>le champ %1 doit être un nombre entier positif ou nul</translation>
    </message>
    <message>
        <source>the field %1 must be true or false</source>
        <translation>le champ %1 doit être true ou false</translation>
    </message>
    <message>
        <source>the field %1 must be a date like 2025-11-18, not %2</source>
        <translation>le champ %1 doit être une date comme 2025-11-18, pas %2</translation>
    </message>
    <message>
        <source>the field %1 must be a date and time like 2025-11-18T09:30, not %2</source>
        <translation>le champ %1 doit être une date et une heure comme 2025-11-18T09:30, pas %2</translation>
    </message>
    <message>
        <source>the field %1 refers to %2, which is not defined (before this entry) in %3</source>
        <translation>le champ %1 renvoie à %2, qui n’est pas défini (avant cette entrée) dans %3</translation>
    </message>
    <message>
        <source>the field %1 must be a list</source>
        <translation>le champ %1 doit être une liste</translation>
    </message>
    <message>
        <source>the field %1 must be a list of keys</source>
        <translation>le champ %1 doit être une liste de clés</translation>
    </message>
    <message>
        <source>the field %1 names %2 twice</source>
        <translation>le champ %1 cite %2 deux fois</translation>
    </message>
    <message>
        <source>the contact %1 is a member twice</source>
        <translation>le contact %1 est membre deux fois</translation>
    </message>
    <message>
        <source>the field %1 refers to %2, which is not a member of this delegation</source>
        <translation>le champ %1 renvoie à %2, qui n’est pas membre de cette délégation</translation>
    </message>
    <message>
        <source>a member cannot share a room with themselves</source>
        <translation>un membre ne peut pas partager une chambre avec lui-même</translation>
    </message>
    <message>
        <source>a partnership needs at least one named party</source>
        <translation>un partenariat exige au moins une partie nommée</translation>
    </message>
    <message>
        <source>%1 is smaller than the number of named parties (%2)</source>
        <translation>%1 est inférieur au nombre de parties nommées (%2)</translation>
    </message>
    <message>
        <source>the last stage in %1 is %2, but the partnership&apos;s stage is %3</source>
        <translation>la dernière étape dans %1 est %2, mais l’étape du partenariat est %3</translation>
    </message>
    <message>
        <source>the document is not a demonstration scenario (its %1 is not %2)</source>
        <translation>le document n’est pas un scénario de démonstration (son %1 n’est pas %2)</translation>
    </message>
    <message>
        <source>the document has format version %1; this program reads version %2</source>
        <translation>le document est au format version %1&#xa0;; ce programme lit la version %2</translation>
    </message>
    <message>
        <source>The demonstration scenario is missing from this build (%1: %2).</source>
        <translation>Le scénario de démonstration manque dans cette version compilée (%1&#xa0;: %2).</translation>
    </message>
    <message>
        <source>The demonstration scenario is not valid JSON: %1 (at byte %2).</source>
        <translation>Le scénario de démonstration n’est pas du JSON valide&#xa0;: %1 (à l’octet %2).</translation>
    </message>
    <message>
        <source>The demonstration scenario must be a JSON object.</source>
        <translation>Le scénario de démonstration doit être un objet JSON.</translation>
    </message>
    <message>
        <source>The database “%1” is open for reading only; the demonstration scenario was not loaded.</source>
        <translation>La base de données «&#xa0;%1&#xa0;» est ouverte en lecture seule&#xa0;; le scénario de démonstration n’a pas été chargé.</translation>
    </message>
    <message>
        <source>The demonstration scenario was not loaded: the database “%1” cannot be written (%2).</source>
        <translation>Le scénario de démonstration n’a pas été chargé&#xa0;: la base de données «&#xa0;%1&#xa0;» n’est pas accessible en écriture (%2).</translation>
    </message>
    <message>
        <source>The database “%1” already holds records. The demonstration scenario is loaded only into a new or empty database.</source>
        <translation>La base de données «&#xa0;%1&#xa0;» contient déjà des fiches. Le scénario de démonstration ne se charge que dans une base nouvelle ou vide.</translation>
    </message>
    <message>
        <source>The demonstration scenario was not loaded; nothing was changed. %1</source>
        <translation>Le scénario de démonstration n’a pas été chargé&#xa0;; rien n’a été modifié. %1</translation>
    </message>
    <message>
        <source>The demonstration scenario was not loaded; nothing was changed. Saving failed: %1</source>
        <translation>Le scénario de démonstration n’a pas été chargé&#xa0;; rien n’a été modifié. Échec de l’enregistrement&#xa0;: %1</translation>
    </message>
    <message>
        <source>a party names exactly one of the fields %1 and %2</source>
        <translation>une partie doit indiquer exactement l’un des champs %1 et %2</translation>
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
        <translation>%1 et %2</translation>
    </message>
    <message numerus="yes">
        <source>%n delegation membership(s)</source>
        <translation>
            <numerusform>%n participation à une délégation</numerusform>
            <numerusform>%n participations à des délégations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting participation(s)</source>
        <translation>
            <numerusform>%n participation à une rencontre</numerusform>
            <numerusform>%n participations à des rencontres</numerusform>
        </translation>
    </message>
    <message>
        <source>the date of birth and passport details</source>
        <translation>la date de naissance et les données du passeport</translation>
    </message>
    <message numerus="yes">
        <source>%n delegation(s) without a head</source>
        <translation>
            <numerusform>%n délégation sans chef</numerusform>
            <numerusform>%n délégations sans chef</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delegation member(s) without a room-mate</source>
        <translation>
            <numerusform>%n membre de délégation sans compagnon de chambre</numerusform>
            <numerusform>%n membres de délégation sans compagnon de chambre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) without a community</source>
        <translation>
            <numerusform>%n contact sans collectivité</numerusform>
            <numerusform>%n contacts sans collectivité</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delegation member(s) without a community</source>
        <translation>
            <numerusform>%n membre de délégation sans collectivité</numerusform>
            <numerusform>%n membres de délégation sans collectivité</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) as a meeting counterpart</source>
        <translation>
            <numerusform>%n mention comme interlocuteur d’une rencontre</numerusform>
            <numerusform>%n mentions comme interlocuteur de rencontres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) as a party to a partnership</source>
        <translation>
            <numerusform>%n mention comme partie à un partenariat</numerusform>
            <numerusform>%n mentions comme partie à des partenariats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s) without a parent organisation</source>
        <translation>
            <numerusform>%n organisation sans organisation mère</numerusform>
            <numerusform>%n organisations sans organisation mère</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) without an organisation</source>
        <translation>
            <numerusform>%n contact sans organisation</numerusform>
            <numerusform>%n contacts sans organisation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) without an organiser</source>
        <translation>
            <numerusform>%n événement sans organisateur</numerusform>
            <numerusform>%n événements sans organisateur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delegation(s) without a coordinator</source>
        <translation>
            <numerusform>%n délégation sans coordinateur</numerusform>
            <numerusform>%n délégations sans coordinateur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) as a delegation partner</source>
        <translation>
            <numerusform>%n mention comme partenaire d’une délégation</numerusform>
            <numerusform>%n mentions comme partenaire de délégations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) as a partnership facilitator</source>
        <translation>
            <numerusform>%n mention comme facilitateur d’un partenariat</numerusform>
            <numerusform>%n mentions comme facilitateur de partenariats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other record(s)</source>
        <translation>
            <numerusform>%n autre fiche</numerusform>
            <numerusform>%n autres fiches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other record(s) without a link to it</source>
        <translation>
            <numerusform>%n autre fiche sans lien vers elle</numerusform>
            <numerusform>%n autres fiches sans lien vers elle</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1? Nothing else refers to it.</source>
        <translation>Supprimer %1&#xa0;? Rien d’autre n’y fait référence.</translation>
    </message>
    <message>
        <source>Deleting %1 also removes %2.</source>
        <translation>Supprimer %1 supprime aussi&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Deleting %1 leaves %2.</source>
        <translation>Supprimer %1 laisse&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Deleting %1 also removes %2, and leaves %3.</source>
        <translation>Supprimer %1 supprime aussi&#xa0;: %2&#xa0;; et laisse&#xa0;: %3.</translation>
    </message>
    <message>
        <source>partnership %1</source>
        <translation>le partenariat %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>partnerships named in a deletion question</comment>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
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
            <numerusform>Elle est partie à %n partenariat (%1), qui continuera sans elle.</numerusform>
            <numerusform>Elle est partie à %n partenariats (%1), qui continueront sans elle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Supprimer %1&#xa0;?</translation>
    </message>
</context>
<context>
    <name>DocumentHtml</name>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n rencontre</numerusform>
            <numerusform>%n rencontres</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rencontre</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>Interlocuteurs</translation>
    </message>
    <message>
        <source>No meeting is planned yet.</source>
        <translation>Aucune rencontre n’est encore prévue.</translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s)</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Guest (as in the passport)</source>
        <translation>Nom (tel qu’au passeport)</translation>
    </message>
    <message>
        <source>Room type</source>
        <translation>Type de chambre</translation>
    </message>
    <message>
        <source>Sharing with</source>
        <translation>Partage la chambre avec</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>Nuits</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>Arrivées</translation>
    </message>
    <message>
        <source>Departures</source>
        <translation>Départs</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Collectivité</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Flight or train</source>
        <translation>Vol ou train</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Date not known yet</source>
        <translation>Date pas encore connue</translation>
    </message>
    <message>
        <source>No arrival is known yet.</source>
        <translation>Aucune arrivée n’est encore connue.</translation>
    </message>
    <message>
        <source>No departure is known yet.</source>
        <translation>Aucun départ n’est encore connu.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <comment>attendee list: how many people</comment>
        <translation>
            <numerusform>%n membre</numerusform>
            <numerusform>%n membres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <comment>attendee list: how many communities, each a group</comment>
        <translation>
            <numerusform>%n groupe</numerusform>
            <numerusform>%n groupes</numerusform>
        </translation>
    </message>
    <message>
        <source>Who goes</source>
        <comment>programme: the delegation&apos;s members at the meeting</comment>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Date not set yet</source>
        <comment>programme: the heading of meetings without a date</comment>
        <translation>Date pas encore fixée</translation>
    </message>
    <message>
        <source>Check-in</source>
        <comment>rooming list: the day of arrival at the hotel</comment>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Check-out</source>
        <comment>rooming list: the day of leaving the hotel</comment>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Place not known yet</source>
        <translation>Lieu pas encore connu</translation>
    </message>
</context>
<context>
    <name>DocumentOptionsDialog</name>
    <message>
        <source>&amp;Columns:</source>
        <translation>&amp;Colonnes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Disposition&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;urpose of the visit:</source>
        <translation>&amp;But de la visite&#xa0;:</translation>
    </message>
    <message>
        <source>Empty: to take part in the event</source>
        <translation>Si vide&#xa0;: participer à l’événement</translation>
    </message>
    <message>
        <source>&amp;Who pays the stay:</source>
        <translation>&amp;Qui prend en charge le séjour&#xa0;:</translation>
    </message>
    <message>
        <source>Empty: the coordinating organisation</source>
        <translation>Si vide&#xa0;: l’organisation coordinatrice</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Template &amp;file:</source>
        <translation>&amp;Fichier du modèle&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Each letter shows the member&apos;s date of birth and passport number.</source>
        <translation>Chaque lettre indique la date de naissance et le numéro de passeport du membre.</translation>
    </message>
    <message>
        <source>An HTML file in UTF-8</source>
        <translation>Un fichier HTML en UTF-8</translation>
    </message>
    <message>
        <source>The letter as HTML, with {{placeholders}} such as {{passport_name}} where the member&apos;s details go. The built-in letter shows them all.</source>
        <translation>La lettre au format HTML, avec des champs de substitution entre doubles accolades, comme {{passport_name}}, là où doivent figurer les données du membre. La lettre intégrée les utilise tous.</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Pour&#xa0;:</translation>
    </message>
    <message>
        <source>Reprints are easy: a badge is marked printed once printed from the preview or saved as PDF.</source>
        <translation>Les réimpressions sont faciles&#xa0;: un badge est marqué imprimé dès qu’il est imprimé depuis l’aperçu ou enregistré en PDF.</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <source>Print preview: %1</source>
        <translation>Aperçu avant impression&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DocumentSource</name>
    <message>
        <source>Attendee list</source>
        <translation>Liste des participants</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Rooming list</source>
        <translation>Liste de répartition des chambres</translation>
    </message>
    <message>
        <source>Arrivals and departures</source>
        <translation>Arrivées et départs</translation>
    </message>
    <message>
        <source>Visa invitation letters</source>
        <translation>Lettres d’invitation pour le visa</translation>
    </message>
    <message>
        <source>The delegation does not exist.</source>
        <translation>La délégation n’existe pas.</translation>
    </message>
    <message>
        <source>“%1” is not a member of the delegation “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas membre de la délégation «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Without a community</source>
        <translation>Sans collectivité</translation>
    </message>
    <message>
        <source>Hotel not chosen yet</source>
        <translation>Hôtel pas encore choisi</translation>
    </message>
    <message>
        <source>Cannot read the template “%1”: it is a folder.</source>
        <translation>Impossible de lire le modèle de lettre «&#xa0;%1&#xa0;»&#xa0;: c’est un dossier.</translation>
    </message>
    <message>
        <source>Cannot read the template “%1”: %2</source>
        <translation>Impossible de lire le modèle de lettre «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The template “%1” is not UTF-8 text.</source>
        <translation>Le modèle de lettre «&#xa0;%1&#xa0;» n’est pas un texte UTF-8.</translation>
    </message>
    <message>
        <source>The template “%1” uses placeholders the letters do not know: %2.</source>
        <translation>Le modèle de lettre «&#xa0;%1&#xa0;» utilise des champs de substitution inconnus&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The template “%1” has no placeholder such as {{passport_name}}: it is not a letter template.</source>
        <translation>Le modèle «&#xa0;%1&#xa0;» ne contient aucun champ de substitution comme {{passport_name}}&#xa0;: ce n’est pas un modèle de lettre.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Imprimé le %1</translation>
    </message>
    <message>
        <source>Cannot draw the document on this device.</source>
        <translation>Impossible de produire le document sur ce périphérique.</translation>
    </message>
    <message>
        <source>Cannot start a new page.</source>
        <translation>Impossible de commencer une nouvelle page.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Entity</name>
    <message>
        <source>Communities</source>
        <translation>Collectivités</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Délégations</translation>
    </message>
    <message>
        <source>Delegation members</source>
        <translation>Membres des délégations</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Rencontres</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partenariats</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Collectivité</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <source>Delegation member</source>
        <translation>Membre de la délégation</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rencontre</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partenariat</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>New Event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Congress of Mayors of France, Study visit to Lviv…</source>
        <translation>Congrès des maires de France, visite d’étude à Lviv…</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Organiser:</source>
        <translation>&amp;Organisateur&#xa0;:</translation>
    </message>
    <message>
        <source>The organisation that holds the event.</source>
        <translation>L’organisation qui tient l’événement.</translation>
    </message>
    <message>
        <source>Expected &amp;attendance:</source>
        <translation>&amp;Participation attendue&#xa0;:</translation>
    </message>
    <message>
        <source>How many people the organiser expects, if known.</source>
        <translation>Combien de personnes l’organisateur attend, si on le sait.</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Site &amp;web&#xa0;:</translation>
    </message>
    <message>
        <source>https://example.org</source>
        <translation>https://example.org</translation>
    </message>
    <message>
        <source>Where and when</source>
        <translation>Où et quand</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Ville&#xa0;:</translation>
    </message>
    <message>
        <source>Paris, Київ…</source>
        <translation>Paris, Київ…</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>P&amp;ays&#xa0;:</translation>
    </message>
    <message>
        <source>UA, FR…</source>
        <translation>UA, FR…</translation>
    </message>
    <message>
        <source>The two-letter country code (ISO 3166-1): UA, FR, DE…</source>
        <translation>Le code de pays à deux lettres (ISO 3166-1)&#xa0;: UA, FR, DE…</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>Paris Expo Porte de Versailles</source>
        <translation>Paris Expo Porte de Versailles</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>&amp;Début le&#xa0;:</translation>
    </message>
    <message>
        <source>The first day; leave empty while it is not known.</source>
        <translation>Le premier jour&#xa0;; laissez vide tant qu’il n’est pas connu.</translation>
    </message>
    <message>
        <source>En&amp;ds on:</source>
        <translation>&amp;Fin le&#xa0;:</translation>
    </message>
    <message>
        <source>The last day; leave empty while it is not known.</source>
        <translation>Le dernier jour&#xa0;; laissez vide tant qu’il n’est pas connu.</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>F&amp;useau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>Where the event takes place, for the times of its meetings: Europe/Paris, Europe/Kyiv.</source>
        <translation>Où se tient l’événement, pour l’heure de ses rencontres&#xa0;: Europe/Paris, Europe/Kyiv.</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>Not&amp;es&#xa0;:</translation>
    </message>
</context>
<context>
    <name>EventRules</name>
    <message>
        <source>Enter the name of the event.</source>
        <translation>Saisissez le nom de l’événement.</translation>
    </message>
    <message>
        <source>The event cannot end before it starts.</source>
        <translation>L’événement ne peut pas finir avant de commencer.</translation>
    </message>
    <message>
        <source>The expected attendance cannot be negative.</source>
        <translation>La participation attendue ne peut pas être négative.</translation>
    </message>
    <message>
        <source>Choose a time zone from the list, such as Europe/Paris.</source>
        <translation>Choisissez un fuseau horaire dans la liste, comme Europe/Paris.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Usage: %1</source>
        <translation>Utilisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Writes a table as CSV (RFC 4180, UTF-8): %1. Attendees are delegation members joined with their contact; purpose presets choose their columns: %2 (the public list holds only the members who agreed to appear on public lists). With --preset, --columns adds fields to the preset&apos;s. Sensitive fields (date of birth, passport number and expiry) are written only when named in --columns. A cell a spreadsheet would run as a formula gets a leading apostrophe unless --no-formula-guard is given.</source>
        <translation>Écrit une table en CSV (RFC 4180, UTF-8)&#xa0;: %1. Les participants (attendees) sont les membres des délégations joints à leur contact&#xa0;; des modèles par usage choisissent leurs colonnes&#xa0;: %2 (la liste publique ne contient que les membres qui ont accepté de figurer sur les listes publiques). Avec --preset, --columns ajoute des champs à ceux du modèle. Les champs sensibles (date de naissance, numéro et date d’expiration du passeport) ne sont écrits que s’ils sont nommés dans --columns. Une cellule qu’un tableur exécuterait comme formule reçoit une apostrophe en tête, sauf si --no-formula-guard est donné.</translation>
    </message>
    <message>
        <source>The table to export: %1.</source>
        <translation>La table à exporter&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Show help for this command.</source>
        <translation>Afficher l’aide de cette commande.</translation>
    </message>
    <message>
        <source>The file to write (written whole or not at all); - or nothing: standard output.</source>
        <translation>Le fichier à écrire (écrit en entier ou pas du tout)&#xa0;; - ou rien&#xa0;: la sortie standard.</translation>
    </message>
    <message>
        <source>Only the attendees or meetings of this delegation (its name or uid).</source>
        <translation>Seulement les participants ou les rencontres de cette délégation (son nom ou son uid).</translation>
    </message>
    <message>
        <source>Only attendees with one of these statuses, separated by commas: %1.</source>
        <translation>Seulement les participants ayant l’un de ces statuts, séparés par des virgules&#xa0;: %1.</translation>
    </message>
    <message>
        <source>A purpose preset for attendees: %1.</source>
        <translation>Un modèle par usage pour les participants&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The field ids to write, in order, separated by commas.</source>
        <translation>Les identifiants des champs à écrire, dans l’ordre, séparés par des virgules.</translation>
    </message>
    <message>
        <source>The first row: field labels in the --lang language (labels, the default) or stable field ids (ids).</source>
        <translation>La première ligne&#xa0;: les libellés des champs dans la langue de --lang (labels, par défaut) ou les identifiants stables des champs (ids).</translation>
    </message>
    <message>
        <source>The delimiter: comma (the default), semicolon or tab.</source>
        <translation>Le séparateur&#xa0;: virgule (par défaut), point-virgule ou tabulation.</translation>
    </message>
    <message>
        <source>Start with a UTF-8 byte-order mark, so that Excel shows Cyrillic.</source>
        <translation>Commencer par une marque d’ordre des octets UTF-8 (BOM), pour qu’Excel affiche le cyrillique.</translation>
    </message>
    <message>
        <source>Write cells that start like a formula as they are, without the leading apostrophe.</source>
        <translation>Écrire telles quelles les cellules qui commencent comme une formule, sans apostrophe en tête.</translation>
    </message>
    <message>
        <source>export takes one TABLE: %1.</source>
        <translation>export prend une table TABLE&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Unknown table “%1”; use one of %2.</source>
        <translation>Table inconnue «&#xa0;%1&#xa0;»&#xa0;; utilisez l’une de celles-ci&#xa0;: %2.</translation>
    </message>
    <message>
        <source>--header takes labels or ids, not “%1”.</source>
        <translation>--header attend labels ou ids, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--delimiter takes comma, semicolon or tab, not “%1”.</source>
        <translation>--delimiter attend comma, semicolon ou tab, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--output needs a file name, or - for standard output.</source>
        <translation>--output attend un nom de fichier, ou - pour la sortie standard.</translation>
    </message>
    <message>
        <source>--delegation needs a name or uid.</source>
        <translation>--delegation attend un nom ou un uid.</translation>
    </message>
    <message>
        <source>--columns needs at least one field id.</source>
        <translation>--columns attend au moins un identifiant de champ.</translation>
    </message>
    <message>
        <source>Unknown preset “%1”; the presets are %2.</source>
        <translation>Modèle inconnu «&#xa0;%1&#xa0;»&#xa0;; les modèles sont&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1</source>
        <translation>Impossible d’écrire sur la sortie standard&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s).</source>
        <translation>
            <numerusform>%n ligne exportée.</numerusform>
            <numerusform>%n lignes exportées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to “%1”.</source>
        <translation>
            <numerusform>%n ligne exportée dans «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%n lignes exportées dans «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCursor</name>
    <message>
        <source>“%1” has no field “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas de champ «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>No field was chosen.</source>
        <translation>Aucun champ n’a été choisi.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>La base de données n’est pas ouverte.</translation>
    </message>
    <message>
        <source>There is no delegation “%1”.</source>
        <translation>Il n’y a pas de délégation «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%n delegation(s) are named “%1”; give the uid of the one you mean.</source>
        <translation>
            <numerusform>%n délégation s’appelle «&#xa0;%1&#xa0;»&#xa0;; donnez l’uid de celle que vous voulez dire.</numerusform>
            <numerusform>%n délégations s’appellent «&#xa0;%1&#xa0;»&#xa0;; donnez l’uid de celle que vous voulez dire.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <translation>&amp;Exporter&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Delegation:</source>
        <translation>&amp;Délégation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Usage&#xa0;:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Sensitive fields</source>
        <translation>Champs sensibles</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>Statuts</translation>
    </message>
    <message>
        <source>None ticked: every status.</source>
        <translation>Aucun coché&#xa0;: tous les statuts.</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Format du fichier</translation>
    </message>
    <message>
        <source>For E&amp;xcel</source>
        <translation>Pour E&amp;xcel</translation>
    </message>
    <message>
        <source>&amp;Standard CSV (comma, no byte-order mark)</source>
        <translation>CSV &amp;standard (virgule, sans BOM)</translation>
    </message>
    <message>
        <source>Header as &amp;labels</source>
        <translation>En-tête en &amp;libellés</translation>
    </message>
    <message>
        <source>Header as field &amp;ids (for scripts and import)</source>
        <translation>En-tête en &amp;identifiants de champ (pour les scripts et l’import)</translation>
    </message>
    <message>
        <source>&amp;Guard against formulas (a cell starting with =, @, + or - gets a leading apostrophe)</source>
        <translation>&amp;Protéger contre les formules (une cellule commençant par =, @, + ou - reçoit une apostrophe en tête)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
</context>
<context>
    <name>FastEntryDialog</name>
    <message>
        <source>Fast Entry</source>
        <translation>Saisie rapide</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Contact</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Prénom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Fonction&#xa0;:</translation>
    </message>
    <message>
        <source>Comm&amp;unity:</source>
        <translation>Coll&amp;ectivité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;mail&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Meeting note</source>
        <translation>Note de &amp;rencontre</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>T&amp;itre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Delegation:</source>
        <translation>&amp;Délégation&#xa0;:</translation>
    </message>
    <message>
        <source>Counte&amp;rpart:</source>
        <translation>Inter&amp;locuteur&#xa0;:</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>Rés&amp;ultat&#xa0;:</translation>
    </message>
    <message>
        <source>Fo&amp;llow-up:</source>
        <translation>&amp;Suite à donner&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Saved in this session, newest first:</source>
        <translation>Enre&amp;gistré dans cette session, le plus récent en tête&#xa0;:</translation>
    </message>
    <message>
        <source>Enter saves · Tab goes to the next field · Ctrl+1 contact · Ctrl+2 meeting note · Esc closes</source>
        <translation>Entrée enregistre · Tab passe au champ suivant · Ctrl+1 contact · Ctrl+2 note de rencontre · Échap ferme</translation>
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
        <translation>Nom</translation>
    </message>
    <message>
        <source>Name (Latin)</source>
        <translation>Nom (latin)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Subregion</source>
        <translation>Sous-région</translation>
    </message>
    <message>
        <source>Official code</source>
        <translation>Code officiel</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Chef-lieu</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Fait partie de</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Patronyme</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Given name (passport)</source>
        <translation>Prénom (passeport)</translation>
    </message>
    <message>
        <source>Family name (passport)</source>
        <translation>Nom (passeport)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Collectivité</translation>
    </message>
    <message>
        <source>Community code</source>
        <translation>Code de la collectivité</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>On public lists</source>
        <translation>Sur les listes publiques</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Numéro de passeport</translation>
    </message>
    <message>
        <source>Passport expiry</source>
        <translation>Expiration du passeport</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organisateur</translation>
    </message>
    <message>
        <source>Expected attendance</source>
        <translation>Participation attendue</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Chef</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <source>Contact UID</source>
        <translation>UID du contact</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Arrivée enregistrée</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Arrival transport</source>
        <translation>Transport à l’arrivée</translation>
    </message>
    <message>
        <source>Arrival flight/train</source>
        <translation>Vol/train à l’arrivée</translation>
    </message>
    <message>
        <source>Arrival airport/station</source>
        <translation>Aéroport/gare d’arrivée</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Departure transport</source>
        <translation>Transport au départ</translation>
    </message>
    <message>
        <source>Departure flight/train</source>
        <translation>Vol/train au départ</translation>
    </message>
    <message>
        <source>Departure airport/station</source>
        <translation>Aéroport/gare de départ</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>Hôtel</translation>
    </message>
    <message>
        <source>Room type</source>
        <translation>Type de chambre</translation>
    </message>
    <message>
        <source>Sharing with</source>
        <translation>Partage la chambre avec</translation>
    </message>
    <message>
        <source>Hotel check-in</source>
        <translation>Arrivée à l’hôtel</translation>
    </message>
    <message>
        <source>Hotel check-out</source>
        <translation>Départ de l’hôtel</translation>
    </message>
    <message>
        <source>Visa</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>Invitation letter sent</source>
        <translation>Lettre d’invitation envoyée</translation>
    </message>
    <message>
        <source>Badge printed</source>
        <translation>Badge imprimé</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Régime alimentaire</translation>
    </message>
    <message>
        <source>Accessibility needs</source>
        <translation>Besoins d’accessibilité</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Counterparts</source>
        <translation>Interlocuteurs</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suite à donner</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Échéance de la suite</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Parties in all</source>
        <translation>Parties au total</translation>
    </message>
    <message>
        <source>Areas of cooperation</source>
        <translation>Domaines de coopération</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Facilitateurs</translation>
    </message>
    <message>
        <source>Born at</source>
        <translation>Né lors de</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <source>Ratified</source>
        <translation>Ratifié le</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>Next step due</source>
        <translation>Échéance de la prochaine étape</translation>
    </message>
</context>
<context>
    <name>FieldCatalog</name>
    <message>
        <source>Public list</source>
        <translation>Liste publique</translation>
    </message>
    <message>
        <source>Hotel rooming list</source>
        <translation>Liste des chambres pour l’hôtel</translation>
    </message>
    <message>
        <source>Transport list</source>
        <translation>Liste pour le transport</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <source>Visa list</source>
        <translation>Liste des visas</translation>
    </message>
    <message>
        <source>Full list</source>
        <translation>Liste complète</translation>
    </message>
    <message>
        <source>Name, position and community of the members who agreed to appear on public lists.</source>
        <translation>Nom, fonction et collectivité des membres qui ont accepté de figurer sur les listes publiques.</translation>
    </message>
    <message>
        <source>Passport names, hotel, room type, room sharing and check-in and check-out dates, for the hotel.</source>
        <translation>Noms du passeport, hôtel, type de chambre, partage de chambre et dates d’arrivée et de départ, pour l’hôtel.</translation>
    </message>
    <message>
        <source>Passport names with arrival and departure times, flights or trains and airports or stations, for a transport agency.</source>
        <translation>Noms du passeport avec les heures d’arrivée et de départ, les vols ou trains et les aéroports ou gares, pour une agence de transport.</translation>
    </message>
    <message>
        <source>Native and passport names, position, community and role, for printing badges.</source>
        <translation>Noms d’origine et du passeport, fonction, collectivité et rôle, pour imprimer les badges.</translation>
    </message>
    <message>
        <source>Passport and native names, nationality, community, role and visa status.</source>
        <translation>Noms du passeport et d’origine, nationalité, collectivité, rôle et situation du visa.</translation>
    </message>
    <message>
        <source>Every field of the members except the sensitive ones.</source>
        <translation>Tous les champs des membres sauf les champs sensibles.</translation>
    </message>
    <message>
        <source>Sensitive fields are the date of birth, the passport number and the passport&apos;s expiry date. They are never exported through a preset: tick each one you need for this export, and send the file only to whom it is for.</source>
        <translation>Les champs sensibles sont la date de naissance, le numéro de passeport et sa date d’expiration. Ils ne sont jamais exportés par un modèle&#xa0;: cochez chacun de ceux dont cet export a besoin, et n’envoyez le fichier qu’à son destinataire.</translation>
    </message>
</context>
<context>
    <name>FormInput</name>
    <message>
        <source>Enter a date such as %1.</source>
        <translation>Saisissez une date comme %1.</translation>
    </message>
    <message>
        <source>Enter a whole number, such as 20.</source>
        <translation>Saisissez un nombre entier, comme 20.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Usage: %1</source>
        <translation>Utilisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Imports %1 from a CSV file in one transaction: all rows land or none does, unless --skip-bad-rows leaves the bad ones out. Columns are matched to fields by field id or by their English, Ukrainian or French label; --map names the column of a field. Passport-Latin names are filled by transliteration when empty. Duplicates (the same uid, e-mail, or name in the same community; for attendees, a contact who is already a member) are skipped unless --on-duplicate says otherwise; an update sets the fields the file holds a value for.</source>
        <translation>Importe les lignes d’un fichier CSV dans l’une des tables (%1) en une seule transaction&#xa0;: toutes les lignes sont enregistrées ou aucune, sauf si --skip-bad-rows écarte les lignes fautives. Les colonnes sont associées aux champs par identifiant de champ ou par leur libellé anglais, ukrainien ou français&#xa0;; --map indique la colonne d’un champ. Les noms (passeport) vides sont remplis par translittération. Les doublons (même uid, même e-mail ou même nom dans la même collectivité&#xa0;; pour les participants, un contact déjà membre de la délégation) sont ignorés, sauf indication contraire de --on-duplicate&#xa0;; une mise à jour renseigne les champs pour lesquels le fichier contient une valeur.</translation>
    </message>
    <message>
        <source>The table to import into: %1.</source>
        <translation>La table où importer&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The CSV file to read.</source>
        <translation>Le fichier CSV à lire.</translation>
    </message>
    <message>
        <source>Show help for this command.</source>
        <translation>Afficher l’aide de cette commande.</translation>
    </message>
    <message>
        <source>The column (its header or its number, from 1) that holds a field; may be repeated.</source>
        <translation>La colonne (son en-tête ou son numéro, à partir de 1) qui contient un champ&#xa0;; répétable.</translation>
    </message>
    <message>
        <source>Attendees: the delegation they are members of (its name or uid).</source>
        <translation>Participants&#xa0;: la délégation dont ils sont membres (son nom ou son uid).</translation>
    </message>
    <message>
        <source>The file&apos;s encoding: auto (the default), utf-8, windows-1251 or windows-1252.</source>
        <translation>L’encodage du fichier&#xa0;: auto (par défaut), utf-8, windows-1251 ou windows-1252.</translation>
    </message>
    <message>
        <source>The delimiter: auto (the default), comma, semicolon or tab.</source>
        <translation>Le séparateur&#xa0;: auto (par défaut), comma, semicolon ou tab.</translation>
    </message>
    <message>
        <source>What to do with a row that matches a stored record or an earlier row: skip (the default), update or create.</source>
        <translation>Que faire d’une ligne qui correspond à une fiche enregistrée ou à une ligne précédente&#xa0;: skip (par défaut), update ou create.</translation>
    </message>
    <message>
        <source>Leave out the rows with problems (listed on stderr) and import the others.</source>
        <translation>Écarter les lignes à problèmes (listées sur stderr) et importer les autres.</translation>
    </message>
    <message>
        <source>Read and check everything, write nothing.</source>
        <translation>Tout lire et vérifier, sans rien écrire.</translation>
    </message>
    <message>
        <source>import takes a TABLE and a FILE.</source>
        <translation>import prend une table TABLE et un fichier FILE.</translation>
    </message>
    <message>
        <source>Unknown table “%1”; use one of %2.</source>
        <translation>Table inconnue «&#xa0;%1&#xa0;»&#xa0;; utilisez l’une de celles-ci&#xa0;: %2.</translation>
    </message>
    <message>
        <source>--encoding takes auto, utf-8, windows-1251 or windows-1252, not “%1”.</source>
        <translation>--encoding attend auto, utf-8, windows-1251 ou windows-1252, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--delimiter takes auto, comma, semicolon or tab, not “%1”.</source>
        <translation>--delimiter attend auto, comma, semicolon ou tab, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--on-duplicate takes skip, update or create, not “%1”.</source>
        <translation>--on-duplicate attend skip, update ou create, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--map takes FIELD=COLUMN, not “%1”.</source>
        <translation>--map attend FIELD=COLUMN, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--delegation needs a name or uid.</source>
        <translation>--delegation attend un nom ou un uid.</translation>
    </message>
    <message>
        <source>--delegation is for attendees only.</source>
        <translation>--delegation ne s’applique qu’à la table attendees.</translation>
    </message>
    <message>
        <source>no such file.</source>
        <translation>fichier introuvable.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… et %n autre problème.</numerusform>
            <numerusform>… et %n autres problèmes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems; nothing was imported.</source>
        <translation>
            <numerusform>%n ligne pose problème&#xa0;; rien n’a été importé.</numerusform>
            <numerusform>%n lignes posent problème&#xa0;; rien n’a été importé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run of “%1” into the table %2; nothing was written. Rows read: %L3. To create: %L4. To update: %L5. Duplicates to skip: %L6. Rejected: %L7.</source>
        <translation>Essai à blanc de l’import de «&#xa0;%1&#xa0;» dans la table %2&#xa0;; rien n’a été écrit. Lignes lues&#xa0;: %L3. À créer&#xa0;: %L4. À mettre à jour&#xa0;: %L5. Doublons à ignorer&#xa0;: %L6. Rejetées&#xa0;: %L7.</translation>
    </message>
    <message>
        <source>Imported “%1” into the table %2. Rows read: %L3. Created: %L4. Updated: %L5. Skipped as duplicates: %L6. Rejected: %L7.</source>
        <translation>Import de «&#xa0;%1&#xa0;» dans la table %2 terminé. Lignes lues&#xa0;: %L3. Créées&#xa0;: %L4. Mises à jour&#xa0;: %L5. Ignorées comme doublons&#xa0;: %L6. Rejetées&#xa0;: %L7.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import from CSV</source>
        <translation>Importer un fichier CSV</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Into:</source>
        <translation>Destination&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Séparateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>C&amp;olonnes</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>P&amp;roblems</source>
        <translation>&amp;Problèmes</translation>
    </message>
    <message>
        <source>&amp;Leave out the rows with problems and import the others</source>
        <translation>&amp;Laisser de côté les lignes à problèmes et importer les autres</translation>
    </message>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation>En&amp;registrer les lignes rejetées…</translation>
    </message>
    <message>
        <source>D&amp;uplicates</source>
        <translation>&amp;Doublons</translation>
    </message>
    <message>
        <source>For &amp;all duplicates:</source>
        <translation>Pour &amp;tous les doublons&#xa0;:</translation>
    </message>
    <message>
        <source>Ca&amp;ncel import</source>
        <translation>A&amp;nnuler l’import</translation>
    </message>
</context>
<context>
    <name>ImportWriter</name>
    <message>
        <source>The database is not open.</source>
        <translation>La base de données n’est pas ouverte.</translation>
    </message>
    <message>
        <source>No import is under way.</source>
        <translation>Aucun import n’est en cours.</translation>
    </message>
</context>
<context>
    <name>ListColumn</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Name (Latin)</source>
        <translation>Nom (latin)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Subregion</source>
        <translation>Sous-région</translation>
    </message>
    <message>
        <source>Official code</source>
        <translation>Code officiel</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Chef-lieu</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Fait partie de</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Patronyme</translation>
    </message>
    <message>
        <source>Family name (passport)</source>
        <translation>Nom (passeport)</translation>
    </message>
    <message>
        <source>Given name (passport)</source>
        <translation>Prénom (passeport)</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Collectivité</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>On public lists</source>
        <translation>Sur les listes publiques</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organisateur</translation>
    </message>
    <message>
        <source>Expected attendance</source>
        <translation>Participation attendue</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Planned size</source>
        <translation>Effectif prévu</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Chef</translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation>Organisations partenaires</translation>
    </message>
    <message>
        <source>Name (passport)</source>
        <translation>Nom (passeport)</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Arrival flight/train</source>
        <translation>Vol/train à l’arrivée</translation>
    </message>
    <message>
        <source>Arrival at</source>
        <translation>Lieu d’arrivée</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Departure flight/train</source>
        <translation>Vol/train au départ</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>Hôtel</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Chambre</translation>
    </message>
    <message>
        <source>Sharing with</source>
        <translation>Partage la chambre avec</translation>
    </message>
    <message>
        <source>Visa</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Arrivée enregistrée</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Régime alimentaire</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Counterparts</source>
        <translation>Interlocuteurs</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suite à donner</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Échéance de la suite</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Parties in all</source>
        <translation>Parties au total</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Areas of cooperation</source>
        <translation>Domaines de coopération</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Facilitateurs</translation>
    </message>
    <message>
        <source>Born at</source>
        <translation>Né lors de</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>Next step due</source>
        <translation>Échéance de la prochaine étape</translation>
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
        <translation>Bienvenue dans Delegation Desk</translation>
    </message>
    <message>
        <source>This database is empty. Here you will plan delegations and their trips, keep contacts, communities and organisations, and follow each partnership from first contact to an active, ratified agreement.</source>
        <translation>Cette base de données est vide. Vous y préparerez les délégations et leurs voyages, tiendrez à jour contacts, collectivités et organisations, et suivrez chaque partenariat du premier contact jusqu’à un accord ratifié et actif.</translation>
    </message>
    <message>
        <source>To see how it works, open the demonstration: the delegation of Ukrainian communities to the Congress of Mayors of France, with the partnerships born there. It lives in a file of its own; this database stays as it is.</source>
        <translation>Pour voir comment cela fonctionne, ouvrez la démonstration&#xa0;: la délégation de collectivités ukrainiennes au Congrès des maires de France, avec les partenariats qui y sont nés. Elle se trouve dans un fichier à part&#xa0;; cette base de données reste telle quelle.</translation>
    </message>
    <message>
        <source>Open the &amp;demonstration</source>
        <translation>Ouvrir la &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Start with this empty database</source>
        <translation>&amp;Commencer avec cette base vide</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <source>Create a new, empty database file</source>
        <translation>Créer un nouveau fichier de base de données vide</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>Open another database file</source>
        <translation>Ouvrir un autre fichier de base de données</translation>
    </message>
    <message>
        <source>Open the &amp;Demonstration</source>
        <translation>Ouvrir la &amp;démonstration</translation>
    </message>
    <message>
        <source>Open the demonstration database, creating it if needed</source>
        <translation>Ouvrir la base de démonstration, en la créant si nécessaire</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actualise&amp;r</translation>
    </message>
    <message>
        <source>&amp;About Delegation Desk</source>
        <translation>À &amp;propos de Delegation Desk</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>Fi&amp;ches</translation>
    </message>
    <message>
        <source>New &amp;Community…</source>
        <translation>Nouvelle &amp;collectivité…</translation>
    </message>
    <message>
        <source>Add a community: a hromada or a commune from the official gazetteers, or any other place</source>
        <translation>Ajouter une collectivité&#xa0;: une hromada ou une commune des référentiels officiels, ou tout autre lieu</translation>
    </message>
    <message>
        <source>Filter this list (Ctrl+F)</source>
        <translation>Filtrer cette liste (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>New Con&amp;tact…</source>
        <translation>Nouveau con&amp;tact…</translation>
    </message>
    <message>
        <source>Add a person: names in their own script and in passport Latin, where they work, how to reach them</source>
        <translation>Ajouter une personne&#xa0;: noms dans sa propre écriture et en latin du passeport, où elle travaille, comment la joindre</translation>
    </message>
    <message>
        <source>Change &amp;Stage…</source>
        <translation>Changer d’&amp;étape…</translation>
    </message>
    <message>
        <source>Move the selected partnership to another stage, with the date and a note for its history</source>
        <translation>Faire passer le partenariat sélectionné à une autre étape, avec la date et une note pour son historique</translation>
    </message>
    <message>
        <source>Check-&amp;in Desk…</source>
        <translation>Bureau d’&amp;accueil…</translation>
    </message>
    <message>
        <source>Mark delegation members arrived as they come to the registration desk</source>
        <translation>Marquer l’arrivée des membres de la délégation à mesure qu’ils se présentent à l’accueil</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Fast Entry…</source>
        <translation>Saisie &amp;rapide…</translation>
    </message>
    <message>
        <source>Type contacts and meeting notes one after another from the keyboard; Enter saves each</source>
        <translation>Saisir au clavier contacts et notes de rencontre les uns après les autres&#xa0;; Entrée enregistre chacun</translation>
    </message>
    <message>
        <source>Change the selected record in its form</source>
        <translation>Modifier la fiche sélectionnée dans son formulaire</translation>
    </message>
    <message>
        <source>Delete the selected record, after saying what goes with it; Edit › Undo brings it back</source>
        <translation>Supprimer la fiche sélectionnée, après avoir dit ce qui part avec elle&#xa0;; Édition › Annuler la rétablit</translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Write the list on screen, or a delegation&apos;s attendee list for a hotel, a transport agency or badges, as a CSV file that Excel and LibreOffice open</source>
        <translation>Écrire la liste affichée, ou la liste des participants d’une délégation pour un hôtel, une agence de transport ou les badges, dans un fichier CSV qu’Excel et LibreOffice ouvrent</translation>
    </message>
    <message>
        <source>&amp;Import from CSV…</source>
        <translation>&amp;Importer un fichier CSV…</translation>
    </message>
    <message>
        <source>Read contacts, communities, organisations or a delegation&apos;s members from a CSV file, checked row by row before anything is written</source>
        <translation>Lire des contacts, collectivités, organisations ou les membres d’une délégation depuis un fichier CSV, vérifié ligne par ligne avant toute écriture</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>New Meeting</source>
        <translation>Nouvelle rencontre</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rencontre</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>What the meeting is, as the programme and the calendar will show it: &quot;Boyarka – Palaiseau, first talks&quot;.</source>
        <translation>Ce qu’est la rencontre, telle que le programme et l’agenda l’afficheront&#xa0;: «&#xa0;Boyarka – Palaiseau, premiers échanges&#xa0;».</translation>
    </message>
    <message>
        <source>&amp;Delegation:</source>
        <translation>&amp;Délégation&#xa0;:</translation>
    </message>
    <message>
        <source>The delegation whose programme has this meeting.</source>
        <translation>La délégation dont le programme comprend cette rencontre.</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>É&amp;vénement&#xa0;:</translation>
    </message>
    <message>
        <source>The event the meeting is part of.</source>
        <translation>L’événement dont fait partie la rencontre.</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>Dé&amp;but&#xa0;:</translation>
    </message>
    <message>
        <source>Leave unchecked when the time is not known.</source>
        <translation>Laissez décoché si l’heure n’est pas connue.</translation>
    </message>
    <message>
        <source>E&amp;nds:</source>
        <translation>&amp;Fin&#xa0;:</translation>
    </message>
    <message>
        <source>Leave unchecked when the end is not known.</source>
        <translation>Laissez décoché si la fin n’est pas connue.</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>Hall, room, stand, address…</source>
        <translation>Salle, pièce, stand, adresse…</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>&amp;Résultat&#xa0;:</translation>
    </message>
    <message>
        <source>What was agreed or learnt</source>
        <translation>Ce qui a été convenu ou appris</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>&amp;Suite à donner&#xa0;:</translation>
    </message>
    <message>
        <source>What must happen next, and who does it</source>
        <translation>Ce qui doit se passer ensuite, et qui s’en charge</translation>
    </message>
    <message>
        <source>Follow-up d&amp;ue:</source>
        <translation>Éc&amp;héance de la suite&#xa0;:</translation>
    </message>
    <message>
        <source>Leave unchecked when the follow-up has no date.</source>
        <translation>Laissez décoché si la suite à donner n’a pas de date.</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>Who met</source>
        <translation>Qui s’est rencontré</translation>
    </message>
    <message>
        <source>Counterpart &amp;communities:</source>
        <translation>&amp;Collectivités rencontrées&#xa0;:</translation>
    </message>
    <message>
        <source>The communities met: check them; type in the filter to find one among many.</source>
        <translation>Les collectivités rencontrées&#xa0;: cochez-les&#xa0;; tapez dans le filtre pour en trouver une parmi beaucoup.</translation>
    </message>
    <message>
        <source>Counterpart o&amp;rganisations:</source>
        <translation>Or&amp;ganisations rencontrées&#xa0;:</translation>
    </message>
    <message>
        <source>The organisations met.</source>
        <translation>Les organisations rencontrées.</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>&amp;Participants&#xa0;:</translation>
    </message>
    <message>
        <source>The people who took part: delegation members and others.</source>
        <translation>Les personnes qui y ont pris part&#xa0;: membres de la délégation et autres.</translation>
    </message>
</context>
<context>
    <name>MeetingRules</name>
    <message>
        <source>Enter a title for the meeting.</source>
        <translation>Saisissez un titre pour la rencontre.</translation>
    </message>
    <message>
        <source>Enter when the meeting starts, or leave its end out.</source>
        <translation>Indiquez quand la rencontre commence, ou n’en indiquez pas la fin.</translation>
    </message>
    <message>
        <source>The meeting cannot end before it starts.</source>
        <translation>La rencontre ne peut pas finir avant de commencer.</translation>
    </message>
    <message>
        <source>Say what the follow-up is, or leave its due date out.</source>
        <translation>Dites quelle est la suite à donner, ou n’en indiquez pas l’échéance.</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Edit Member</source>
        <translation>Modifier le membre</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Community:</source>
        <translation>&amp;Collectivité&#xa0;:</translation>
    </message>
    <message>
        <source>The community the member represents.</source>
        <translation>La collectivité que représente le membre.</translation>
    </message>
    <message>
        <source>&amp;Visa:</source>
        <translation>&amp;Visa&#xa0;:</translation>
    </message>
    <message>
        <source>Invitation &amp;letter sent</source>
        <translation>Lettre d’invitation envo&amp;yée</translation>
    </message>
    <message>
        <source>&amp;Badge printed</source>
        <translation>&amp;Badge imprimé</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Voyage</translation>
    </message>
    <message>
        <source>&amp;Arrival:</source>
        <translation>&amp;Arrivée&#xa0;:</translation>
    </message>
    <message>
        <source>Local time at the place of arrival.</source>
        <translation>Heure locale au lieu d’arrivée.</translation>
    </message>
    <message>
        <source>Arrival b&amp;y:</source>
        <translation>Arr&amp;ivée par&#xa0;:</translation>
    </message>
    <message>
        <source>Arrival flight/&amp;train:</source>
        <translation>Vol/&amp;train d’arrivée&#xa0;:</translation>
    </message>
    <message>
        <source>AF 1053, TGV 9876…</source>
        <translation>AF 1053, TGV 9876…</translation>
    </message>
    <message>
        <source>Airport or station</source>
        <translation>Aéroport ou gare</translation>
    </message>
    <message>
        <source>&amp;Departure:</source>
        <translation>&amp;Départ&#xa0;:</translation>
    </message>
    <message>
        <source>Local time at the place of departure.</source>
        <translation>Heure locale au lieu de départ.</translation>
    </message>
    <message>
        <source>Depart&amp;ure by:</source>
        <translation>Transport a&amp;u départ&#xa0;:</translation>
    </message>
    <message>
        <source>Departure fli&amp;ght/train:</source>
        <translation>Vo&amp;l/train de départ&#xa0;:</translation>
    </message>
    <message>
        <source>Departure &amp;from:</source>
        <translation>&amp;Gare/aéroport de départ&#xa0;:</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Hébergement</translation>
    </message>
    <message>
        <source>&amp;Hotel:</source>
        <translation>&amp;Hôtel&#xa0;:</translation>
    </message>
    <message>
        <source>R&amp;oom:</source>
        <translation>Chambr&amp;e&#xa0;:</translation>
    </message>
    <message>
        <source>single, double, twin…</source>
        <translation>simple, double, twin…</translation>
    </message>
    <message>
        <source>Sharing &amp;with:</source>
        <translation>&amp;Partage avec&#xa0;:</translation>
    </message>
    <message>
        <source>Another member of the delegation in the same room.</source>
        <translation>Un autre membre de la délégation dans la même chambre.</translation>
    </message>
    <message>
        <source>Check-&amp;in:</source>
        <translation>Début du sé&amp;jour&#xa0;:</translation>
    </message>
    <message>
        <source>Chec&amp;k-out:</source>
        <translation>&amp;Fin du séjour&#xa0;:</translation>
    </message>
    <message>
        <source>Needs and notes</source>
        <translation>Besoins et notes</translation>
    </message>
    <message>
        <source>Di&amp;etary needs:</source>
        <translation>E&amp;xigences alimentaires&#xa0;:</translation>
    </message>
    <message>
        <source>vegetarian, halal, allergies…</source>
        <translation>végétarien, halal, allergies…</translation>
    </message>
    <message>
        <source>wheelchair, step-free room…</source>
        <translation>fauteuil roulant, chambre sans marche…</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Arrival &amp;place:</source>
        <translation>Gare/aér&amp;oport d’arrivée&#xa0;:</translation>
    </message>
    <message>
        <source>Accessibility, &amp;mobility:</source>
        <translation>Accessibilité, &amp;mobilité&#xa0;:</translation>
    </message>
</context>
<context>
    <name>MemberPickerDialog</name>
    <message>
        <source>Add Members</source>
        <translation>Ajouter des membres</translation>
    </message>
    <message>
        <source>Tick the people to add: type a few letters of a name (in Cyrillic or Latin letters), ↑ ↓ to choose, Enter to tick. They join as invited staff; change their status and role on the delegation page.</source>
        <translation>Cochez les personnes à ajouter&#xa0;: tapez quelques lettres d’un nom (en cyrillique ou en latin), ↑ ↓ pour choisir, Entrée pour cocher. Elles sont ajoutées comme personnel invité&#xa0;; changez leur statut et leur rôle sur la page de la délégation.</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Chercher&#xa0;:</translation>
    </message>
    <message>
        <source>Name, community or organisation, in either script</source>
        <translation>Nom, collectivité ou organisation, dans l’une ou l’autre écriture</translation>
    </message>
    <message>
        <source>&amp;New Contact…</source>
        <translation>&amp;Nouveau contact…</translation>
    </message>
    <message>
        <source>Enter a person who is not in the database yet; they are ticked once saved.</source>
        <translation>Saisir une personne qui n’est pas encore dans la base&#xa0;; elle est cochée une fois enregistrée.</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>New Organisation</source>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>As the organisation writes it: Stand with Ukraine, Асоціація міст України.</source>
        <translation>Comme l’organisation l’écrit&#xa0;: Stand with Ukraine, Асоціація міст України.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Pays&#xa0;:</translation>
    </message>
    <message>
        <source>UA, FR…</source>
        <translation>UA, FR…</translation>
    </message>
    <message>
        <source>The two-letter country code (ISO 3166-1): UA, FR, DE…</source>
        <translation>Le code de pays à deux lettres (ISO 3166-1)&#xa0;: UA, FR, DE…</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Site &amp;web&#xa0;:</translation>
    </message>
    <message>
        <source>https://example.org</source>
        <translation>https://example.org</translation>
    </message>
    <message>
        <source>&amp;Part of:</source>
        <translation>&amp;Fait partie de&#xa0;:</translation>
    </message>
    <message>
        <source>The organisation this one belongs to, such as a programme run by a donor.</source>
        <translation>L’organisation à laquelle celle-ci appartient, comme un programme mené par un bailleur de fonds.</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>Not&amp;es&#xa0;:</translation>
    </message>
</context>
<context>
    <name>OrganisationRules</name>
    <message>
        <source>Enter the name.</source>
        <translation>Saisissez le nom.</translation>
    </message>
    <message>
        <source>The country is a two-letter code, such as UA, FR or DE.</source>
        <translation>Le pays est un code à deux lettres, comme UA, FR ou DE.</translation>
    </message>
    <message>
        <source>A website address has no spaces.</source>
        <translation>Une adresse de site web ne contient pas d’espace.</translation>
    </message>
    <message>
        <source>A website address starts with http:// or https://, or with its name: example.org.</source>
        <translation>Une adresse de site web commence par http:// ou https://, ou par son nom&#xa0;: example.org.</translation>
    </message>
    <message>
        <source>A website address looks like https://example.org.</source>
        <translation>Une adresse de site web ressemble à https://example.org.</translation>
    </message>
    <message>
        <source>An organisation cannot be part of itself.</source>
        <translation>Une organisation ne peut pas faire partie d’elle-même.</translation>
    </message>
</context>
<context>
    <name>PartnershipDialog</name>
    <message>
        <source>New Partnership</source>
        <translation>Nouveau partenariat</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Add a &amp;community or organisation:</source>
        <translation>Ajouter une &amp;collectivité ou une organisation&#xa0;:</translation>
    </message>
    <message>
        <source>Type a few letters of the name, then Enter (or Add Party) adds the highlighted one.</source>
        <translation>Tapez quelques lettres du nom, puis Entrée (ou «&#xa0;Ajouter la partie&#xa0;») ajoute celle qui est en surbrillance.</translation>
    </message>
    <message>
        <source>&amp;Add Party</source>
        <translation>&amp;Ajouter la partie</translation>
    </message>
    <message>
        <source>&amp;Remove Party</source>
        <translation>&amp;Retirer la partie</translation>
    </message>
    <message>
        <source>Removes the selected party from this partnership (the community or organisation itself stays).</source>
        <translation>Retire la partie sélectionnée de ce partenariat (la collectivité ou l’organisation elle-même reste).</translation>
    </message>
    <message>
        <source>&amp;Named parties:</source>
        <translation>Parties &amp;nommées&#xa0;:</translation>
    </message>
    <message>
        <source>Double-click a date or a decision to edit it; Delete clears it.</source>
        <translation>Double-cliquez sur une date ou une délibération pour la modifier&#xa0;; Suppr l’efface.</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>Ratified on</source>
        <translation>Ratifié le</translation>
    </message>
    <message>
        <source>Council decision</source>
        <translation>Délibération du conseil</translation>
    </message>
    <message>
        <source>Parties in a&amp;ll:</source>
        <translation>Parties au tota&amp;l&#xa0;:</translation>
    </message>
    <message>
        <source>When more took part than are named (a memorandum of fifteen communities of which one is named). Leave at &quot;as named&quot; otherwise.</source>
        <translation>Quand plus de parties y ont pris part qu’il n’en est nommé (un protocole de quinze collectivités dont une seule est nommée). Sinon, laissez «&#xa0;comme nommées&#xa0;».</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partenariat</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>Éta&amp;pe&#xa0;:</translation>
    </message>
    <message>
        <source>Where the partnership stands as it is recorded; later changes go through Change Stage and are kept in its history.</source>
        <translation>Où en est le partenariat au moment de sa saisie&#xa0;; les changements ultérieurs passent par «&#xa0;Changer d’étape&#xa0;» et sont conservés dans son historique.</translation>
    </message>
    <message>
        <source>C&amp;hange Stage…</source>
        <translation>C&amp;hanger d’étape…</translation>
    </message>
    <message>
        <source>Moves the partnership to another stage with a date and a note, kept in its history; recorded at once.</source>
        <translation>Fait passer le partenariat à une autre étape avec une date et une note, conservées dans son historique&#xa0;; enregistré aussitôt.</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historique&#xa0;:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>A&amp;reas of cooperation:</source>
        <translation>&amp;Domaines de coopération&#xa0;:</translation>
    </message>
    <message>
        <source>Education, culture, water, reconstruction…</source>
        <translation>Éducation, culture, eau, reconstruction…</translation>
    </message>
    <message>
        <source>Born at &amp;event:</source>
        <translation>Né lors de l’&amp;événement&#xa0;:</translation>
    </message>
    <message>
        <source>The event where the partnership began, as the Congress of Mayors of France.</source>
        <translation>L’événement où le partenariat a commencé, comme le Congrès des maires de France.</translation>
    </message>
    <message>
        <source>Born at &amp;meeting:</source>
        <translation>Né lors de la renc&amp;ontre&#xa0;:</translation>
    </message>
    <message>
        <source>The meeting where the partnership began.</source>
        <translation>La rencontre où le partenariat a commencé.</translation>
    </message>
    <message>
        <source>Si&amp;gned on:</source>
        <translation>Si&amp;gné le&#xa0;:</translation>
    </message>
    <message>
        <source>Leave unchecked until the agreement is signed.</source>
        <translation>Laissez décoché tant que l’accord n’est pas signé.</translation>
    </message>
    <message>
        <source>Ne&amp;xt step:</source>
        <translation>Procha&amp;ine étape&#xa0;:</translation>
    </message>
    <message>
        <source>What must happen next, and who does it</source>
        <translation>Ce qui doit se passer ensuite, et qui s’en charge</translation>
    </message>
    <message>
        <source>Next step d&amp;ue:</source>
        <translation>Échéanc&amp;e de la prochaine étape&#xa0;:</translation>
    </message>
    <message>
        <source>A partnership whose next step is overdue stands out in the list.</source>
        <translation>Un partenariat dont la prochaine étape est en retard ressort dans la liste.</translation>
    </message>
    <message>
        <source>Facilitators and notes</source>
        <translation>Facilitateurs et notes</translation>
    </message>
    <message>
        <source>&amp;Facilitators:</source>
        <translation>&amp;Facilitateurs&#xa0;:</translation>
    </message>
    <message>
        <source>The organisations that help the partnership along, as the Île-de-France region.</source>
        <translation>Les organisations qui accompagnent le partenariat, comme la région Île-de-France.</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Note&amp;s&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PartnershipRepository</name>
    <message>
        <source>A partnership needs at least one named party.</source>
        <translation>Un partenariat exige au moins une partie nommée.</translation>
    </message>
    <message>
        <source>Each party of a partnership is either a community or an organisation.</source>
        <translation>Chaque partie d’un partenariat est soit une collectivité, soit une organisation.</translation>
    </message>
</context>
<context>
    <name>PartnershipRules</name>
    <message>
        <source>Choose one of the stages.</source>
        <translation>Choisissez l’une des étapes.</translation>
    </message>
    <message>
        <source>The partnership is already at the stage “%1”.</source>
        <translation>Le partenariat est déjà à l’étape «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Enter the date of the change.</source>
        <translation>Saisissez la date du changement.</translation>
    </message>
    <message>
        <source>The date is in the future: record a change once it has happened.</source>
        <translation>La date est dans le futur&#xa0;: enregistrez un changement une fois qu’il a eu lieu.</translation>
    </message>
    <message>
        <source>The history already has a change on %1: the new one cannot be dated earlier.</source>
        <translation>L’historique a déjà un changement au %1&#xa0;: le nouveau ne peut pas être daté plus tôt.</translation>
    </message>
    <message>
        <source>Name at least one party: a community or an organisation.</source>
        <translation>Nommez au moins une partie&#xa0;: une collectivité ou une organisation.</translation>
    </message>
    <message>
        <source>Each party is either a community or an organisation.</source>
        <translation>Chaque partie est soit une collectivité, soit une organisation.</translation>
    </message>
    <message>
        <source>The same party is named twice: remove one of them.</source>
        <translation>La même partie est nommée deux fois&#xa0;: retirez l’une des deux.</translation>
    </message>
    <message>
        <source>A partnership has at least two parties in all.</source>
        <translation>Un partenariat a au moins deux parties au total.</translation>
    </message>
    <message>
        <source>%1 parties are named: there cannot be fewer in all.</source>
        <translation>%1 parties sont nommées&#xa0;: il ne peut pas y en avoir moins au total.</translation>
    </message>
    <message>
        <source>Choose one of the kinds of partnership.</source>
        <translation>Choisissez l’un des types de partenariat.</translation>
    </message>
    <message>
        <source>Say what the next step is, or leave its due date out.</source>
        <translation>Dites quelle est la prochaine étape, ou n’en indiquez pas l’échéance.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>The language of the window, of its messages and of the dates and numbers it shows.</source>
        <translation>La langue de la fenêtre et de ses messages, ainsi que le format des dates et des nombres qu’elle affiche.</translation>
    </message>
</context>
<context>
    <name>PrintCommand</name>
    <message>
        <source>Usage: %1</source>
        <translation>Utilisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Writes a delegation&apos;s document as a PDF file (A4, fonts embedded): attendees (the attendee list by community, with a preset&apos;s columns), badges, programme (the meetings by day), rooming (the hotel&apos;s list), arrivals (arrivals and departures by day and place) or letters (a visa invitation letter per member; they hold passport details). Without --members, the members who take part (not declined, cancelled or replaced).</source>
        <translation>Écrit un document d’une délégation dans un fichier PDF (A4, polices incorporées)&#xa0;: attendees (la liste des participants par collectivité, avec les colonnes d’un modèle), badges, programme (les rencontres par jour), rooming (la liste des chambres pour l’hôtel), arrivals (les arrivées et départs par jour et par lieu) ou letters (une lettre d’invitation pour le visa par membre&#xa0;; elles contiennent les données du passeport). Sans --members, les membres qui participent (sauf ceux qui ont décliné, annulé ou été remplacés).</translation>
    </message>
    <message>
        <source>The document: %1.</source>
        <translation>Le document&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Show help for this command.</source>
        <translation>Afficher l’aide de cette commande.</translation>
    </message>
    <message>
        <source>The delegation (its name or uid).</source>
        <translation>La délégation (son nom ou son uid).</translation>
    </message>
    <message>
        <source>The PDF file to write (written whole or not at all).</source>
        <translation>Le fichier PDF à écrire (écrit en entier ou pas du tout).</translation>
    </message>
    <message>
        <source>The attendee list&apos;s columns: the export preset %1 (default badges: names in both scripts, position, community, role; public lists only the members who agreed to appear on public lists).</source>
        <translation>Les colonnes de la liste des participants&#xa0;: le modèle d’export %1 (par défaut badges&#xa0;: noms dans les deux écritures, fonction, collectivité, rôle&#xa0;; public ne contient que les membres qui ont accepté de figurer sur les listes publiques).</translation>
    </message>
    <message>
        <source>Only these members (their uids, separated by commas).</source>
        <translation>Seulement ces membres (leurs uid, séparés par des virgules).</translation>
    </message>
    <message>
        <source>Badges one per A6 page (a6) or four per A4 sheet with cutting marks (a4, the default).</source>
        <translation>Badges&#xa0;: un par page A6 (a6) ou quatre par feuille A4 avec traits de coupe (a4, par défaut).</translation>
    </message>
    <message>
        <source>Badges only for the members whose badge is not printed yet.</source>
        <translation>Badges uniquement pour les membres dont le badge n’est pas encore imprimé.</translation>
    </message>
    <message>
        <source>After writing the badges, mark them printed in the database.</source>
        <translation>Après l’écriture des badges, les marquer comme imprimés dans la base de données.</translation>
    </message>
    <message>
        <source>The language of the letters: en (the default) or fr.</source>
        <translation>La langue des lettres&#xa0;: en (par défaut) ou fr.</translation>
    </message>
    <message>
        <source>The purpose of the visit the letters state (default: taking part in the event).</source>
        <translation>Le but de la visite indiqué dans les lettres (par défaut&#xa0;: participer à l’événement).</translation>
    </message>
    <message>
        <source>Who pays the stay, as the letters state (default: the coordinating organisation).</source>
        <translation>Qui prend en charge le séjour, comme l’indiquent les lettres (par défaut&#xa0;: l’organisation coordinatrice).</translation>
    </message>
    <message>
        <source>An edited letter template (HTML with {{placeholders}}, UTF-8) instead of the built-in one.</source>
        <translation>Un modèle de lettre modifié (HTML avec des champs comme {{city}}, UTF-8) au lieu du modèle intégré.</translation>
    </message>
    <message>
        <source>print takes one DOCUMENT: %1.</source>
        <translation>print prend un document DOCUMENT&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Unknown document “%1”; use one of %2.</source>
        <translation>Document inconnu «&#xa0;%1&#xa0;»&#xa0;; utilisez l’un de ceux-ci&#xa0;: %2.</translation>
    </message>
    <message>
        <source>print needs --delegation NAME|UID.</source>
        <translation>print attend --delegation NAME|UID.</translation>
    </message>
    <message>
        <source>print needs --output FILE.pdf.</source>
        <translation>print attend --output FILE.pdf.</translation>
    </message>
    <message>
        <source>Unknown preset “%1”; the presets are %2.</source>
        <translation>Modèle inconnu «&#xa0;%1&#xa0;»&#xa0;; les modèles sont&#xa0;: %2.</translation>
    </message>
    <message>
        <source>--layout takes a6 or a4, not “%1”.</source>
        <translation>--layout attend a6 ou a4, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--letter-language takes en or fr, not “%1”.</source>
        <translation>--letter-language attend en ou fr, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--members needs at least one member uid.</source>
        <translation>--members attend au moins un uid de membre.</translation>
    </message>
    <message>
        <source>--mark-printed goes with print badges only.</source>
        <translation>--mark-printed ne s’utilise qu’avec print badges.</translation>
    </message>
    <message>
        <source>This program was built without the document renderer.</source>
        <translation>Ce programme a été compilé sans le moteur de rendu des documents.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the programme with %n meeting(s) to “%1”.</source>
        <translation>
            <numerusform>Programme de %n rencontre écrit dans «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>Programme de %n rencontres écrit dans «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>The badges were written, but could not be marked printed: %1</source>
        <translation>Les badges ont été écrits, mais n’ont pas pu être marqués comme imprimés&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n badge(s) printed.</source>
        <translation>
            <numerusform>%n badge marqué comme imprimé.</numerusform>
            <numerusform>%n badges marqués comme imprimés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the document “%1” (%n member(s)) to “%2”.</source>
        <translation>
            <numerusform>Document «&#xa0;%1&#xa0;» (%n membre) écrit dans «&#xa0;%2&#xa0;».</numerusform>
            <numerusform>Document «&#xa0;%1&#xa0;» (%n membres) écrit dans «&#xa0;%2&#xa0;».</numerusform>
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
        <translation>Membres</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Rencontres</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Délégations</translation>
    </message>
    <message>
        <source>Named parties</source>
        <translation>Parties nommées</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>Ratified</source>
        <translation>Ratifié le</translation>
    </message>
    <message>
        <source>Council decision</source>
        <translation>Délibération du conseil</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Historique des étapes</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Members by status</source>
        <translation>Membres par statut</translation>
    </message>
</context>
<context>
    <name>RecordForms</name>
    <message>
        <source>New &amp;Community…</source>
        <translation>Nouvelle &amp;collectivité…</translation>
    </message>
    <message>
        <source>New &amp;Organisation…</source>
        <translation>Nouvelle &amp;organisation…</translation>
    </message>
    <message>
        <source>New Con&amp;tact…</source>
        <translation>Nouveau con&amp;tact…</translation>
    </message>
    <message>
        <source>New &amp;Event…</source>
        <translation>Nouvel &amp;événement…</translation>
    </message>
    <message>
        <source>New &amp;Delegation…</source>
        <translation>Nouvelle &amp;délégation…</translation>
    </message>
    <message>
        <source>New &amp;Member…</source>
        <translation>Nouveau &amp;membre…</translation>
    </message>
    <message>
        <source>New M&amp;eeting…</source>
        <translation>Nouvelle re&amp;ncontre…</translation>
    </message>
    <message>
        <source>New &amp;Partnership…</source>
        <translation>Nouveau &amp;partenariat…</translation>
    </message>
    <message>
        <source>Delete the community?</source>
        <translation>Supprimer la collectivité&#xa0;?</translation>
    </message>
    <message>
        <source>Delete the organisation?</source>
        <translation>Supprimer l’organisation&#xa0;?</translation>
    </message>
    <message>
        <source>Delete the contact?</source>
        <translation>Supprimer le contact&#xa0;?</translation>
    </message>
    <message>
        <source>Delete the event?</source>
        <translation>Supprimer l’événement&#xa0;?</translation>
    </message>
    <message>
        <source>Delete the delegation?</source>
        <translation>Supprimer la délégation&#xa0;?</translation>
    </message>
    <message>
        <source>Remove the member from the delegation?</source>
        <translation>Retirer le membre de la délégation&#xa0;?</translation>
    </message>
    <message>
        <source>Delete the meeting?</source>
        <translation>Supprimer la rencontre&#xa0;?</translation>
    </message>
    <message>
        <source>Delete the partnership?</source>
        <translation>Supprimer le partenariat&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <source>The record has not been saved yet.</source>
        <translation>La fiche n’a pas encore été enregistrée.</translation>
    </message>
    <message>
        <source>The record no longer exists (it may have been deleted).</source>
        <translation>La fiche n’existe plus (elle a peut-être été supprimée).</translation>
    </message>
    <message>
        <source>No check-in time given.</source>
        <translation>Aucune heure d’arrivée indiquée.</translation>
    </message>
    <message>
        <source>There is no delegation member with row id %1.</source>
        <translation>Il n’y a pas de membre de délégation avec l’identifiant de ligne %1.</translation>
    </message>
    <message>
        <source>“%1” is not a member role.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un rôle de membre.</translation>
    </message>
    <message>
        <source>“%1” is not a member status.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un statut de membre.</translation>
    </message>
    <message>
        <source>There is no contact with row id %1.</source>
        <translation>Il n’y a pas de contact avec l’identifiant de ligne %1.</translation>
    </message>
    <message>
        <source>The members could not be added.</source>
        <translation>Les membres n’ont pas pu être ajoutés.</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>La modification n’a pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>The members could not be removed.</source>
        <translation>Les membres n’ont pas pu être retirés.</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search Everything</source>
        <translation>Rechercher partout</translation>
    </message>
    <message>
        <source>Names of people, communities, organisations, delegations, meetings, partnerships…</source>
        <translation>Noms de personnes, collectivités, organisations, délégations, rencontres, partenariats…</translation>
    </message>
    <message>
        <source>Type part of a name, in Cyrillic or Latin letters. ↓ moves into the results, Enter opens one, Esc closes.</source>
        <translation>Tapez une partie d’un nom, en cyrillique ou en latin. ↓ descend dans les résultats, Entrée en ouvre un, Échap ferme.</translation>
    </message>
</context>
<context>
    <name>StageChangeDialog</name>
    <message>
        <source>Change Stage</source>
        <translation>Changer d’étape</translation>
    </message>
    <message>
        <source>New &amp;stage:</source>
        <translation>Nouvelle é&amp;tape&#xa0;:</translation>
    </message>
    <message>
        <source>The stages in the order a partnership usually goes through them.</source>
        <translation>Les étapes dans l’ordre où un partenariat les franchit d’habitude.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>The day the change happened: a letter signed, a council decision taken.</source>
        <translation>Le jour où le changement a eu lieu&#xa0;: une lettre signée, une délibération du conseil adoptée.</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>What happened, who decided, a document&apos;s number…</source>
        <translation>Ce qui s’est passé, qui a décidé, le numéro d’un document…</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Hromada</source>
        <comment>kind of community</comment>
        <translation>Hromada</translation>
    </message>
    <message>
        <source>Commune</source>
        <comment>kind of community</comment>
        <translation>Commune</translation>
    </message>
    <message>
        <source>City</source>
        <comment>kind of community</comment>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Raion</source>
        <comment>kind of community</comment>
        <translation>Raïon</translation>
    </message>
    <message>
        <source>Oblast</source>
        <comment>kind of community</comment>
        <translation>Oblast</translation>
    </message>
    <message>
        <source>Département</source>
        <comment>kind of community</comment>
        <translation>Département</translation>
    </message>
    <message>
        <source>Region</source>
        <comment>kind of community</comment>
        <translation>Région</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>kind of community</comment>
        <translation>Autre</translation>
    </message>
    <message>
        <source>NGO</source>
        <comment>kind of organisation</comment>
        <translation>ONG</translation>
    </message>
    <message>
        <source>Association of municipalities</source>
        <comment>kind of organisation</comment>
        <translation>Association de collectivités</translation>
    </message>
    <message>
        <source>Government body</source>
        <comment>kind of organisation</comment>
        <translation>Administration de l’État</translation>
    </message>
    <message>
        <source>Regional authority</source>
        <comment>kind of organisation</comment>
        <translation>Collectivité régionale</translation>
    </message>
    <message>
        <source>Donor</source>
        <comment>kind of organisation</comment>
        <translation>Bailleur de fonds</translation>
    </message>
    <message>
        <source>International body</source>
        <comment>kind of organisation</comment>
        <translation>Organisation internationale</translation>
    </message>
    <message>
        <source>Programme</source>
        <comment>kind of organisation</comment>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>kind of organisation</comment>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Conference</source>
        <comment>kind of event</comment>
        <translation>Conférence</translation>
    </message>
    <message>
        <source>Study visit</source>
        <comment>kind of event</comment>
        <translation>Visite d’étude</translation>
    </message>
    <message>
        <source>Forum</source>
        <comment>kind of event</comment>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Signing ceremony</source>
        <comment>kind of event</comment>
        <translation>Cérémonie de signature</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>kind of event</comment>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Planning</source>
        <comment>status of a delegation</comment>
        <translation>En préparation</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <comment>status of a delegation</comment>
        <translation>Confirmée</translation>
    </message>
    <message>
        <source>Travelling</source>
        <comment>status of a delegation</comment>
        <translation>En voyage</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>status of a delegation</comment>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>status of a delegation</comment>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <comment>role of a delegation member</comment>
        <translation>Chef de délégation</translation>
    </message>
    <message>
        <source>Mayor</source>
        <comment>role of a delegation member</comment>
        <translation>Maire</translation>
    </message>
    <message>
        <source>Deputy</source>
        <comment>role of a delegation member</comment>
        <translation>Adjoint au maire</translation>
    </message>
    <message>
        <source>Councillor</source>
        <comment>role of a delegation member</comment>
        <translation>Conseiller municipal</translation>
    </message>
    <message>
        <source>Staff</source>
        <comment>role of a delegation member</comment>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <comment>role of a delegation member</comment>
        <translation>Interprète</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <comment>role of a delegation member</comment>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <source>Press</source>
        <comment>role of a delegation member</comment>
        <translation>Presse</translation>
    </message>
    <message>
        <source>Accompanying person</source>
        <comment>role of a delegation member</comment>
        <translation>Accompagnant</translation>
    </message>
    <message>
        <source>Invited</source>
        <comment>status of a delegation member (a person)</comment>
        <translation>Invité</translation>
    </message>
    <message>
        <source>Nominated</source>
        <comment>status of a delegation member (a person)</comment>
        <translation>Désigné</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <comment>status of a delegation member (a person)</comment>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>Declined</source>
        <comment>status of a delegation member (a person)</comment>
        <translation>A décliné</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>status of a delegation member (a person)</comment>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Replaced</source>
        <comment>status of a delegation member (a person)</comment>
        <translation>Remplacé</translation>
    </message>
    <message>
        <source>Attended</source>
        <comment>status of a delegation member (a person)</comment>
        <translation>Présent</translation>
    </message>
    <message>
        <source>No-show</source>
        <comment>status of a delegation member (a person)</comment>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Not needed</source>
        <comment>status of a member&apos;s visa</comment>
        <translation>Pas nécessaire</translation>
    </message>
    <message>
        <source>To request</source>
        <comment>status of a member&apos;s visa</comment>
        <translation>À demander</translation>
    </message>
    <message>
        <source>Requested</source>
        <comment>status of a member&apos;s visa</comment>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Issued</source>
        <comment>status of a member&apos;s visa</comment>
        <translation>Délivré</translation>
    </message>
    <message>
        <source>Refused</source>
        <comment>status of a member&apos;s visa</comment>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Plane</source>
        <comment>means of transport</comment>
        <translation>Avion</translation>
    </message>
    <message>
        <source>Train</source>
        <comment>means of transport</comment>
        <translation>Train</translation>
    </message>
    <message>
        <source>Bus</source>
        <comment>means of transport</comment>
        <translation>Autocar</translation>
    </message>
    <message>
        <source>Car</source>
        <comment>means of transport</comment>
        <translation>Voiture</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>means of transport</comment>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Twinning</source>
        <comment>kind of partnership</comment>
        <translation>Jumelage</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <comment>kind of partnership</comment>
        <translation>Coopération</translation>
    </message>
    <message>
        <source>Friendship</source>
        <comment>kind of partnership</comment>
        <translation>Amitié</translation>
    </message>
    <message>
        <source>Memorandum of understanding</source>
        <comment>kind of partnership</comment>
        <translation>Protocole d’accord</translation>
    </message>
    <message>
        <source>Inter-municipal cooperation</source>
        <comment>kind of partnership</comment>
        <translation>Coopération intercommunale</translation>
    </message>
    <message>
        <source>First contact</source>
        <comment>stage of a partnership</comment>
        <translation>Premier contact</translation>
    </message>
    <message>
        <source>Exploring</source>
        <comment>stage of a partnership</comment>
        <translation>Exploration</translation>
    </message>
    <message>
        <source>Letter of intent</source>
        <comment>stage of a partnership</comment>
        <translation>Lettre d’intention</translation>
    </message>
    <message>
        <source>Drafting</source>
        <comment>stage of a partnership</comment>
        <translation>Rédaction</translation>
    </message>
    <message>
        <source>Signed</source>
        <comment>stage of a partnership</comment>
        <translation>Signé</translation>
    </message>
    <message>
        <source>Ratified</source>
        <comment>stage of a partnership</comment>
        <translation>Ratifié</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>stage of a partnership</comment>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Dormant</source>
        <comment>stage of a partnership</comment>
        <translation>En sommeil</translation>
    </message>
    <message>
        <source>Ended</source>
        <comment>stage of a partnership</comment>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>dd::documents::DocumentOptionsDialog</name>
    <message>
        <source>Letter Template</source>
        <translation>Modèle de lettre</translation>
    </message>
    <message>
        <source>HTML files (*.html *.htm);;All files (*)</source>
        <translation>Fichiers HTML (*.html *.htm);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>Afficher l’&amp;aperçu…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Four per A4 sheet, with cutting marks</source>
        <translation>Quatre par feuille A4, avec traits de coupe</translation>
    </message>
    <message>
        <source>One per A6 page</source>
        <translation>Un par page A6</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Built-in, in the letter&apos;s language</source>
        <translation>Intégré, dans la langue de la lettre</translation>
    </message>
    <message>
        <source>From an HTML file</source>
        <translation>Depuis un fichier HTML</translation>
    </message>
    <message>
        <source>Choose the template file, or the built-in template.</source>
        <translation>Choisissez le fichier du modèle, ou le modèle intégré.</translation>
    </message>
    <message>
        <source>Each badge on a page of its own (105 × 148 mm), for card stock or a badge printer.</source>
        <translation>Chaque badge sur une page à part (105 × 148 mm), pour du papier cartonné ou une imprimante à badges.</translation>
    </message>
    <message>
        <source>Four badges to a sheet, with marks where to cut.</source>
        <translation>Quatre badges par feuille, avec des traits de coupe.</translation>
    </message>
    <message>
        <source>Every member taking part</source>
        <translation>Tous les membres qui participent</translation>
    </message>
    <message>
        <source>Members whose badge is not printed yet</source>
        <translation>Les membres dont le badge n’est pas encore imprimé</translation>
    </message>
    <message numerus="yes">
        <source>The selected member(s) (%n)</source>
        <translation>
            <numerusform>%n membre sélectionné</numerusform>
            <numerusform>%n membres sélectionnés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::exchange::Writing</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>dd::models::AgendaModel</name>
    <message>
        <source>Date not set yet</source>
        <translation>Date pas encore fixée</translation>
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
        <translation>Résultat&#xa0;: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rencontre</translation>
    </message>
    <message>
        <source>Counterparts</source>
        <translation>Interlocuteurs</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
</context>
<context>
    <name>dd::models::DelegationMembersModel</name>
    <message numerus="yes">
        <source>%n invited</source>
        <translation>
            <numerusform>%n invité</numerusform>
            <numerusform>%n invités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n nominated</source>
        <translation>
            <numerusform>%n désigné</numerusform>
            <numerusform>%n désignés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed</source>
        <translation>
            <numerusform>%n confirmé</numerusform>
            <numerusform>%n confirmés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n declined</source>
        <translation>
            <numerusform>%n a décliné</numerusform>
            <numerusform>%n ont décliné</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n annulé</numerusform>
            <numerusform>%n annulés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n remplacé</numerusform>
            <numerusform>%n remplacés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attended</source>
        <translation>
            <numerusform>%n présent</numerusform>
            <numerusform>%n présents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no-show</source>
        <translation>
            <numerusform>%n absent</numerusform>
            <numerusform>%n absents</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the counts of members at each status</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Imprimé</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>No passport spelling entered</source>
        <translation>Aucune graphie du passeport saisie</translation>
    </message>
    <message>
        <source>Passport: %1</source>
        <translation>Passeport&#xa0;: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Collectivité</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>Hôtel</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Chambre</translation>
    </message>
    <message>
        <source>Visa</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
</context>
<context>
    <name>dd::models::EntityTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
</context>
<context>
    <name>dd::models::GazetteerCompletionModel</name>
    <message>
        <source>KATOTTG code: %1</source>
        <translation>Code KATOTTG&#xa0;: %1</translation>
    </message>
    <message>
        <source>INSEE code: %1</source>
        <translation>Code INSEE&#xa0;: %1</translation>
    </message>
    <message>
        <source>Centre: %1</source>
        <translation>Chef-lieu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Postal code: %1</source>
        <translation>Code postal&#xa0;: %1</translation>
    </message>
    <message>
        <source>Population: %1</source>
        <translation>Population&#xa0;: %1</translation>
    </message>
    <message>
        <source>Temporarily occupied: the codifier lists it as the council it was before the occupation.</source>
        <translation>Temporairement occupée&#xa0;: le codificateur la répertorie comme le conseil qu’elle était avant l’occupation.</translation>
    </message>
</context>
<context>
    <name>dd::storage::BadgeMarks</name>
    <message>
        <source>There is no delegation member “%1”.</source>
        <translation>Le membre de délégation «&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
</context>
<context>
    <name>dd::ui::CheckInDialog</name>
    <message>
        <source>The delegations could not be read: %1</source>
        <translation>Impossible de lire les délégations&#xa0;: %1</translation>
    </message>
    <message>
        <source>This database has no delegations yet.</source>
        <translation>Cette base de données n’a encore aucune délégation.</translation>
    </message>
    <message>
        <source>The members could not be read: %1</source>
        <translation>Impossible de lire les membres&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose a delegation first.</source>
        <translation>Choisissez d’abord une délégation.</translation>
    </message>
    <message>
        <source>Type a few letters of a name first.</source>
        <translation>Tapez d’abord quelques lettres d’un nom.</translation>
    </message>
    <message>
        <source>Nobody in this delegation matches “%1”.</source>
        <translation>Personne dans cette délégation ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>✓ %1 checked in at %2</source>
        <translation>✓ Arrivée de %1 enregistrée à %2</translation>
    </message>
    <message>
        <source>%1 was already checked in at %2 (on %3)</source>
        <translation>L’arrivée de %1 était déjà enregistrée à %2 (le %3)</translation>
    </message>
    <message>
        <source>%1 could not be checked in: %2</source>
        <translation>L’arrivée de %1 n’a pas pu être enregistrée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Arrivals could not be counted: %1</source>
        <translation>Impossible de compter les arrivées&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Arrived: %1 of %n</source>
        <translation>
            <numerusform>Arrivés&#xa0;: %1 sur %n</numerusform>
            <numerusform>Arrivés&#xa0;: %1 sur %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ui::ChoiceListWidget</name>
    <message>
        <source>Filter…</source>
        <translation>Filtrer…</translation>
    </message>
    <message>
        <source>shown: %1 of %2</source>
        <translation>affichés&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Choisis&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>chosen; shown</comment>
        <translation>%1&#xa0;; %2</translation>
    </message>
    <message>
        <source>Record %1</source>
        <comment>a linked record that is not among the choices, by its number</comment>
        <translation>Fiche %1</translation>
    </message>
</context>
<context>
    <name>dd::ui::CommunityDialog</name>
    <message>
        <source>Ukrainian hromadas and French communes are completed from the official gazetteers as you type.</source>
        <translation>Les hromadas ukrainiennes et les communes françaises sont complétées à partir des référentiels officiels pendant la saisie.</translation>
    </message>
    <message>
        <source>Filled from the KATOTTG codifier of Ukraine (edition of 2 July 2025).</source>
        <translation>Rempli d’après le codificateur KATOTTG de l’Ukraine (édition du 2 juillet 2025).</translation>
    </message>
    <message>
        <source>Filled from INSEE’s Code officiel géographique (2026, via Etalab).</source>
        <translation>Rempli d’après le Code officiel géographique de l’INSEE (2026, via Etalab).</translation>
    </message>
    <message>
        <source>Suggested by the official transliteration; type to change it.</source>
        <translation>Proposé par la translittération officielle&#xa0;; tapez pour le modifier.</translation>
    </message>
    <message>
        <source>Enter the community’s name.</source>
        <translation>Saisissez le nom de la collectivité.</translation>
    </message>
    <message>
        <source>The country is a two-letter code, such as UA, FR or DE.</source>
        <translation>Le pays est un code à deux lettres, comme UA, FR ou DE.</translation>
    </message>
    <message>
        <source>The community could not be saved: %1</source>
        <translation>La collectivité n’a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Edit Community</source>
        <translation>Modifier la collectivité</translation>
    </message>
</context>
<context>
    <name>dd::ui::ContactDialog</name>
    <message>
        <source>Edit Contact</source>
        <translation>Modifier le contact</translation>
    </message>
    <message>
        <source>Suggested by the official transliteration of Ukrainian; type to change it.</source>
        <translation>Proposé par la translittération officielle de l’ukrainien&#xa0;; tapez pour le modifier.</translation>
    </message>
    <message>
        <source>As written in the passport.</source>
        <translation>Tel qu’écrit dans le passeport.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>The contact could not be saved: %1</source>
        <translation>Le contact n’a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>The communities to choose from could not be read: %1</source>
        <translation>Impossible de lire les collectivités proposées&#xa0;: %1</translation>
    </message>
    <message>
        <source>The organisations to choose from could not be read: %1</source>
        <translation>Impossible de lire les organisations proposées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Record %1</source>
        <comment>a linked record that is not among the choices, by its number</comment>
        <translation>Fiche %1</translation>
    </message>
</context>
<context>
    <name>dd::ui::DelegationDialog</name>
    <message>
        <source>Edit “%1”</source>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>The events to choose from could not be read: %1</source>
        <translation>Impossible de lire les événements proposés&#xa0;: %1</translation>
    </message>
    <message>
        <source>The organisations to choose from could not be read: %1</source>
        <translation>Impossible de lire les organisations proposées&#xa0;: %1</translation>
    </message>
    <message>
        <source>The contacts to choose from could not be read: %1</source>
        <translation>Impossible de lire les contacts proposés&#xa0;: %1</translation>
    </message>
    <message>
        <source>The delegation could not be saved: %1</source>
        <translation>La délégation n’a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Record %1</source>
        <comment>a linked record that is not among the choices, by its number</comment>
        <translation>Fiche %1</translation>
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
        <translation>Retour</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Retour à la liste</translation>
    </message>
    <message>
        <source>Add Members…</source>
        <translation>Ajouter des membres…</translation>
    </message>
    <message>
        <source>Add contacts to the delegation</source>
        <translation>Ajouter des contacts à la délégation</translation>
    </message>
    <message>
        <source>Set Status</source>
        <translation>Définir le statut</translation>
    </message>
    <message>
        <source>Set the status of the selected members</source>
        <translation>Définir le statut des membres sélectionnés</translation>
    </message>
    <message>
        <source>Set Role</source>
        <translation>Définir le rôle</translation>
    </message>
    <message>
        <source>Set the role of the selected members</source>
        <translation>Définir le rôle des membres sélectionnés</translation>
    </message>
    <message>
        <source>Edit Member…</source>
        <translation>Modifier le membre…</translation>
    </message>
    <message>
        <source>Edit the current member</source>
        <translation>Modifier le membre courant</translation>
    </message>
    <message>
        <source>Remove from Delegation</source>
        <translation>Retirer de la délégation</translation>
    </message>
    <message>
        <source>Remove the selected members from the delegation; their contacts stay</source>
        <translation>Retirer les membres sélectionnés de la délégation&#xa0;; leurs contacts restent</translation>
    </message>
    <message>
        <source>This delegation no longer exists.</source>
        <translation>Cette délégation n’existe plus.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>from date – to date</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir du %1</translation>
    </message>
    <message>
        <source>dates not set yet</source>
        <translation>dates pas encore fixées</translation>
    </message>
    <message>
        <source>The members could not be read: %1</source>
        <translation>Impossible de lire les membres&#xa0;: %1</translation>
    </message>
    <message>
        <source>No members yet — add them with Add Members…</source>
        <translation>Pas encore de membres — ajoutez-les avec «&#xa0;Ajouter des membres…&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s): %1</source>
        <translation>
            <numerusform>%n membre&#xa0;: %1</numerusform>
            <numerusform>%n membres&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The meetings could not be read: %1</source>
        <translation>Impossible de lire les rencontres&#xa0;: %1</translation>
    </message>
    <message>
        <source>Agenda: no meetings yet</source>
        <translation>Programme&#xa0;: pas encore de rencontres</translation>
    </message>
    <message numerus="yes">
        <source>Agenda: %n meeting(s)</source>
        <translation>
            <numerusform>Programme&#xa0;: %n rencontre</numerusform>
            <numerusform>Programme&#xa0;: %n rencontres</numerusform>
        </translation>
    </message>
    <message>
        <source>Not Changed</source>
        <translation>Non modifié</translation>
    </message>
    <message>
        <source>“%1” could not be done: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être effectué&#xa0;: %2</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message numerus="yes">
        <source>Add %n member(s) to the delegation</source>
        <translation>
            <numerusform>Ajouter %n membre à la délégation</numerusform>
            <numerusform>Ajouter %n membres à la délégation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %n member(s) to “%1”</source>
        <translation>
            <numerusform>Passer %n membre à «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>Passer %n membres à «&#xa0;%1&#xa0;»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %n member(s) “%1”</source>
        <translation>
            <numerusform>Donner à %n membre le rôle «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>Donner à %n membres le rôle «&#xa0;%1&#xa0;»</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1 from the delegation? The contact stays in the database.</source>
        <translation>Retirer %1 de la délégation&#xa0;? Le contact reste dans la base de données.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n members from the delegation: %1? Their contacts stay in the database.</source>
        <translation>
            <numerusform>Retirer %n membre de la délégation&#xa0;: %1&#xa0;? Son contact reste dans la base de données.</numerusform>
            <numerusform>Retirer %n membres de la délégation&#xa0;: %1&#xa0;? Leurs contacts restent dans la base de données.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between names</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Remove %1 from the delegation</source>
        <translation>Retirer %1 de la délégation</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n members from the delegation</source>
        <translation>
            <numerusform>Retirer %n membre de la délégation</numerusform>
            <numerusform>Retirer %n membres de la délégation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>planned size: %n</source>
        <comment>the number of people the delegation plans to bring</comment>
        <translation>
            <numerusform>effectif prévu&#xa0;: %n</numerusform>
            <numerusform>effectif prévu&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Add members to the delegation</source>
        <translation>Ajouter des membres à la délégation</translation>
    </message>
</context>
<context>
    <name>dd::ui::DocumentActions</name>
    <message>
        <source>&amp;Print Preview</source>
        <translation>&amp;Aperçu avant impression</translation>
    </message>
    <message>
        <source>Save as P&amp;DF</source>
        <translation>Enregistrer en &amp;PDF</translation>
    </message>
    <message>
        <source>Export &amp;Calendar (.ics)…</source>
        <translation>Exporter l’a&amp;genda (.ics)…</translation>
    </message>
    <message>
        <source>The delegation&apos;s meetings as an iCalendar file for Thunderbird, Outlook and phones</source>
        <translation>Les rencontres de la délégation dans un fichier iCalendar pour Thunderbird, Outlook et les téléphones</translation>
    </message>
    <message>
        <source>Cannot make the document</source>
        <translation>Impossible de créer le document</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot save the PDF</source>
        <translation>Impossible d’enregistrer le PDF</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>Fichier enregistré&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n badge(s) printed</source>
        <translation>
            <numerusform>Marquage de %n badge comme imprimé</numerusform>
            <numerusform>Marquage de %n badges comme imprimés</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot mark the badges printed</source>
        <translation>Impossible de marquer les badges comme imprimés</translation>
    </message>
    <message>
        <source>Cannot make the calendar</source>
        <translation>Impossible de créer l’agenda</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>Exporter l’agenda</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Cannot write the calendar</source>
        <translation>Impossible d’écrire l’agenda</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) written to “%1”.</source>
        <translation>
            <numerusform>%n rencontre exportée dans «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%n rencontres exportées dans «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) without a time left out.</source>
        <translation>
            <numerusform>%n rencontre sans heure a été omise.</numerusform>
            <numerusform>%n rencontres sans heure ont été omises.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ui::EventDialog</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>The organisations to choose from could not be read: %1</source>
        <translation>Impossible de lire les organisations proposées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The event could not be saved: %1</source>
        <translation>L’événement n’a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Record %1</source>
        <comment>a linked record that is not among the choices, by its number</comment>
        <translation>Fiche %1</translation>
    </message>
</context>
<context>
    <name>dd::ui::ExportDialog</name>
    <message>
        <source>Export to CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>For E&amp;xcel (semicolons, with a byte-order mark)</source>
        <translation>Pour E&amp;xcel (points-virgules, avec BOM)</translation>
    </message>
    <message>
        <source>For E&amp;xcel (commas, with a byte-order mark)</source>
        <translation>Pour E&amp;xcel (virgules, avec BOM)</translation>
    </message>
    <message numerus="yes">
        <source>The list as shown: %1, %n column(s)</source>
        <translation>
            <numerusform>La liste telle qu’affichée&#xa0;: %1, %n colonne</numerusform>
            <numerusform>La liste telle qu’affichée&#xa0;: %1, %n colonnes</numerusform>
        </translation>
    </message>
    <message>
        <source>All delegations</source>
        <translation>Toutes les délégations</translation>
    </message>
    <message>
        <source>The rows of the list on screen, with its filter and sort, and the columns it shows.</source>
        <translation>Les lignes de la liste affichée, avec son filtre et son tri, et les colonnes qu’elle montre.</translation>
    </message>
    <message>
        <source>The columns ticked below</source>
        <translation>Les colonnes cochées ci-dessous</translation>
    </message>
    <message>
        <source>Every member of the chosen delegations and statuses, with the columns ticked below.</source>
        <translation>Tous les membres des délégations et statuts choisis, avec les colonnes cochées ci-dessous.</translation>
    </message>
    <message>
        <source>Tick at least one column.</source>
        <translation>Cochez au moins une colonne.</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Choisissez le fichier à écrire.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to “%1”.</source>
        <translation>
            <numerusform>%n ligne exportée dans «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%n lignes exportées dans «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
</context>
<context>
    <name>dd::ui::FastEntryDialog</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Collectivité</translation>
    </message>
    <message>
        <source>There is no community of that name; choose one from the list or leave it empty.</source>
        <translation>Aucune collectivité ne porte ce nom&#xa0;; choisissez-en une dans la liste ou laissez vide.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>There is no organisation of that name; choose one from the list or leave it empty.</source>
        <translation>Aucune organisation ne porte ce nom&#xa0;; choisissez-en une dans la liste ou laissez vide.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>The contact could not be saved: %1</source>
        <translation>Le contact n’a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Contact&#xa0;: %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Give the meeting a title.</source>
        <translation>Donnez un titre à la rencontre.</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <source>There is no delegation of that name; choose one from the list or leave it empty.</source>
        <translation>Aucune délégation ne porte ce nom&#xa0;; choisissez-en une dans la liste ou laissez vide.</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>Interlocuteur</translation>
    </message>
    <message>
        <source>The meeting could not be saved: %1</source>
        <translation>La rencontre n’a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Meeting: %1</source>
        <translation>Rencontre&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n this session)</source>
        <translation>
            <numerusform>Enregistré&#xa0;: %1 (%n dans cette session)</numerusform>
            <numerusform>Enregistré&#xa0;: %1 (%n dans cette session)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The form holds text that is not saved: Enter saves it, Esc again discards it and closes.</source>
        <translation>Le formulaire contient du texte non enregistré&#xa0;: Entrée l’enregistre, Échap une seconde fois l’abandonne et ferme.</translation>
    </message>
    <message>
        <source>The choices of the list “%1” could not be read: %2</source>
        <translation>Impossible de lire les choix de la liste «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>dd::ui::ImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Première valeur</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Import from CSV</source>
        <translation>Importer un fichier CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>Enregistrer les lignes rejetées</translation>
    </message>
    <message>
        <source>rejected-rows.csv</source>
        <translation>rejected-rows.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— ne pas importer —</translation>
    </message>
    <message>
        <source>P&amp;roblems (%1)</source>
        <translation>&amp;Problèmes (%1)</translation>
    </message>
    <message>
        <source>line %1 of the file</source>
        <translation>la ligne %1 du fichier</translation>
    </message>
    <message>
        <source>a stored record</source>
        <translation>une fiche déjà enregistrée</translation>
    </message>
    <message>
        <source>D&amp;uplicates (%1)</source>
        <translation>&amp;Doublons (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n rejected row(s) to “%1”.</source>
        <translation>
            <numerusform>%n ligne rejetée enregistrée dans «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%n lignes rejetées enregistrées dans «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems; nothing was imported.</source>
        <translation>
            <numerusform>%n ligne pose problème&#xa0;; rien n’a été importé.</numerusform>
            <numerusform>%n lignes posent problème&#xa0;; rien n’a été importé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Same</source>
        <comment>header: the field whose value is the same, such as e-mail</comment>
        <translation>Champ identique</translation>
    </message>
    <message>
        <source>Matches</source>
        <comment>header: the row of the file or the stored record it duplicates</comment>
        <translation>Correspond à</translation>
    </message>
    <message>
        <source>Encoding: %1. Delimiter: %2.</source>
        <translation>Encodage&#xa0;: %1. Séparateur&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Rows: %L1. To create: %L2. To update: %L3. Duplicates to skip: %L4. With problems: %L5.</source>
        <translation>Lignes&#xa0;: %L1. À créer&#xa0;: %L2. À mettre à jour&#xa0;: %L3. Doublons à ignorer&#xa0;: %L4. Posant problème&#xa0;: %L5.</translation>
    </message>
    <message>
        <source>The import into the list “%1” is done. Created: %L2. Updated: %L3. Skipped: %L4. Left out: %L5.</source>
        <translation>L’import dans la liste «&#xa0;%1&#xa0;» est terminé. Créations&#xa0;: %L2. Mises à jour&#xa0;: %L3. Doublons ignorés&#xa0;: %L4. Lignes écartées&#xa0;: %L5.</translation>
    </message>
</context>
<context>
    <name>dd::ui::ListDelegate</name>
    <message>
        <source>Next step overdue since %1</source>
        <translation>Prochaine étape en retard depuis le %1</translation>
    </message>
</context>
<context>
    <name>dd::ui::MainWindow</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d’ouvrir la base de données</translation>
    </message>
    <message>
        <source>The file is read-only: you can look, but not change anything.</source>
        <translation>Le fichier est en lecture seule&#xa0;: vous pouvez consulter, mais rien modifier.</translation>
    </message>
    <message>
        <source>The database was upgraded; the previous version is kept as “%1”.</source>
        <translation>La base de données a été mise à niveau&#xa0;; la version précédente est conservée sous «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot read the list</source>
        <translation>Impossible de lire la liste</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Select a row to see everything about it.</source>
        <translation>Sélectionnez une ligne pour tout voir à son sujet.</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Aucune base de données ouverte</translation>
    </message>
    <message>
        <source>Delegation Desk</source>
        <translation>Delegation Desk</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (lecture seule)</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n fiche</numerusform>
            <numerusform>%n fiches</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — Delegation Desk</source>
        <translation>%1 — Delegation Desk</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>Delegation Desk databases (*.sqlite)</source>
        <translation>Bases de données Delegation Desk (*.sqlite)</translation>
    </message>
    <message>
        <source>Cannot create the database</source>
        <translation>Impossible de créer la base de données</translation>
    </message>
    <message>
        <source>“%1” exists and cannot be moved aside.</source>
        <translation>«&#xa0;%1&#xa0;» existe et ne peut pas être mis de côté.</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>Delegation Desk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de données Delegation Desk (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot create the demonstration</source>
        <translation>Impossible de créer la démonstration</translation>
    </message>
    <message>
        <source>About Delegation Desk</source>
        <translation>À propos de Delegation Desk</translation>
    </message>
    <message>
        <source>Delegation Desk %1

Organises municipal delegations and city-to-city partnerships, offline.</source>
        <translation>Delegation Desk %1

Organise les délégations municipales et les partenariats entre collectivités, hors ligne.</translation>
    </message>
    <message>
        <source>The database is in use</source>
        <translation>La base de données est utilisée</translation>
    </message>
    <message>
        <source>Open it read-only instead?</source>
        <translation>L’ouvrir plutôt en lecture seule&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Search Everything…</source>
        <translation>Rechercher &amp;partout…</translation>
    </message>
    <message>
        <source>&amp;Filter This List</source>
        <translation>&amp;Filtrer cette liste</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) match the filter</source>
        <translation>
            <numerusform>%n fiche correspond au filtre</numerusform>
            <numerusform>%n fiches correspondent au filtre</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the partnership</source>
        <translation>Impossible de lire le partenariat</translation>
    </message>
    <message>
        <source>Cannot delete %1</source>
        <translation>Impossible de supprimer %1</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>Supprimé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Add a record to the list on screen</source>
        <translation>Ajouter une fiche à la liste affichée</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Impossible d’annuler</translation>
    </message>
    <message>
        <source>The undo history was cleared; the database is as it was.</source>
        <translation>L’historique d’annulation a été vidé&#xa0;; la base de données est telle qu’elle était.</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Modification de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Cannot read the record</source>
        <translation>Impossible de lire la fiche</translation>
    </message>
    <message>
        <source>Edit › Undo (%1) brings it back.</source>
        <translation>Édition › Annuler (%1) la rétablit.</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Suppression de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Annulé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Rétabli&#xa0;: %1</translation>
    </message>
    <message>
        <source>Change the stage of “%1”</source>
        <translation>Changement d’étape de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Check-in at the desk</source>
        <translation>Enregistrement à l’accueil</translation>
    </message>
    <message>
        <source>Fast entry</source>
        <translation>Saisie rapide</translation>
    </message>
    <message>
        <source>Import from CSV</source>
        <translation>Import d’un fichier CSV</translation>
    </message>
    <message numerus="yes">
        <source>Import of %n record(s)</source>
        <translation>
            <numerusform>Import de %n fiche</numerusform>
            <numerusform>Import de %n fiches</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>New “%1”</source>
        <comment>undo history: the record named %1 was created</comment>
        <translation>Création de «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>dd::ui::MeetingDialog</name>
    <message>
        <source>Filter communities…</source>
        <translation>Filtrer les collectivités…</translation>
    </message>
    <message>
        <source>Filter organisations…</source>
        <translation>Filtrer les organisations…</translation>
    </message>
    <message>
        <source>Filter people…</source>
        <translation>Filtrer les personnes…</translation>
    </message>
    <message>
        <source>Edit Meeting</source>
        <translation>Modifier la rencontre</translation>
    </message>
    <message>
        <source>The records to choose from could not be read: %1</source>
        <translation>Impossible de lire les fiches proposées&#xa0;: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>The meeting could not be saved: %1</source>
        <translation>La rencontre n’a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Record %1</source>
        <comment>a linked record that is not among the choices, by its number</comment>
        <translation>Fiche %1</translation>
    </message>
</context>
<context>
    <name>dd::ui::MemberDialog</name>
    <message>
        <source>Edit Member — %1</source>
        <translation>Modifier le membre — %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Go below the first date to leave it unset.</source>
        <translation>Descendez sous la première date pour ne pas la définir.</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>The communities to choose from could not be read: %1</source>
        <translation>Impossible de lire les collectivités proposées&#xa0;: %1</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(personne)</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Edit %1 in the delegation</source>
        <translation>Modifier %1 dans la délégation</translation>
    </message>
    <message>
        <source>The member could not be saved: %1</source>
        <translation>Le membre n’a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; in %2</source>
        <comment>a member’s name in a delegation’s name</comment>
        <translation>&lt;b&gt;%1&lt;/b&gt; dans %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; in %2, %3</source>
        <comment>a member’s name in a delegation’s name, its dates</comment>
        <translation>&lt;b&gt;%1&lt;/b&gt; dans %2, %3</translation>
    </message>
</context>
<context>
    <name>dd::ui::MemberPickerDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Adds the ticked people (Ctrl+Enter)</source>
        <translation>Ajoute les personnes cochées (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>The contacts could not be read: %1</source>
        <translation>Impossible de lire les contacts&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nobody ticked yet.</source>
        <translation>Personne n’est encore coché.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticked: %1</source>
        <translation>
            <numerusform>%n coché&#xa0;: %1</numerusform>
            <numerusform>%n cochés&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between names</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Tick at least one person, or Cancel.</source>
        <translation>Cochez au moins une personne, ou Annuler.</translation>
    </message>
</context>
<context>
    <name>dd::ui::OrganisationDialog</name>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>The organisations to choose from could not be read: %1</source>
        <translation>Impossible de lire les organisations proposées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The organisation could not be saved: %1</source>
        <translation>L’organisation n’a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Record %1</source>
        <comment>a linked record that is not among the choices, by its number</comment>
        <translation>Fiche %1</translation>
    </message>
</context>
<context>
    <name>dd::ui::PartnershipDialog</name>
    <message>
        <source>Type a name: Боярка, Palaiseau…</source>
        <translation>Tapez un nom&#xa0;: Боярка, Palaiseau…</translation>
    </message>
    <message>
        <source>Filter organisations…</source>
        <translation>Filtrer les organisations…</translation>
    </message>
    <message>
        <source>as named</source>
        <translation>comme nommées</translation>
    </message>
    <message>
        <source>Edit Partnership</source>
        <translation>Modifier le partenariat</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1 (organisation)</source>
        <translation>%1 (organisation)</translation>
    </message>
    <message>
        <source>The records to choose from could not be read: %1</source>
        <translation>Impossible de lire les fiches proposées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>Fiche %1</translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation>%1, depuis le %2</translation>
    </message>
    <message>
        <source>The day this party&apos;s council ratified the agreement. Delete clears it.</source>
        <translation>Le jour où le conseil de cette partie a ratifié l’accord. Suppr l’efface.</translation>
    </message>
    <message>
        <source>The council decision and its number.</source>
        <translation>La délibération du conseil et son numéro.</translation>
    </message>
    <message>
        <source>%1 is already a party.</source>
        <translation>%1 est déjà une partie.</translation>
    </message>
    <message>
        <source>The partnership could not be saved: %1</source>
        <translation>Le partenariat n’a pas pu être enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>dd::ui::PreferencesDialog</name>
    <message>
        <source>System language (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>%1 will be used from the next time you start Delegation Desk.</source>
        <translation>La langue «&#xa0;%1&#xa0;» sera utilisée au prochain démarrage de Delegation Desk.</translation>
    </message>
</context>
<context>
    <name>dd::ui::StageChangeDialog</name>
    <message>
        <source>Now at the stage “%1”, since %2.</source>
        <translation>Actuellement à l’étape «&#xa0;%1&#xa0;», depuis le %2.</translation>
    </message>
    <message>
        <source>Now at the stage “%1”.</source>
        <translation>Actuellement à l’étape «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Record the Change</source>
        <translation>Enregistrer le changement</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>Le changement n’a pas pu être enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>dd::ui::UnsavedChangesGuard</name>
    <message>
        <source>Discard the changes?</source>
        <translation>Abandonner les modifications&#xa0;?</translation>
    </message>
    <message>
        <source>This form has changes that are not saved. Close it and discard them?</source>
        <translation>Ce formulaire contient des modifications non enregistrées. Le fermer et les abandonner&#xa0;?</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>Continuer la modification</translation>
    </message>
</context>
</TS>
