// Words of page furniture, per language: the lines a scraped news page carries around its
// article (skip links, share and edit links, "read more" prompts, cookie notices, caption
// credits, copyright lines, "published/updated" labels, site taglines), and weekday names
// for date lines. Phrases match at the start of a short line, case-insensitively.

import type { LanguageCode } from '../../lang/codes.js';

export interface FurnitureWords {
  /** "Skip to content": links for keyboard users at the top of a page. */
  skipLinks: readonly string[];
  /** Share, print, e-mail and follow prompts. */
  share: readonly string[];
  /** Edit links of wikis ("[edit]", "Quelltext bearbeiten"). */
  edit: readonly string[];
  /** Prompts that introduce related articles ("Read more:", "Lesen Sie auch"). */
  readMore: readonly string[];
  /** Cookie and consent notices. */
  cookies: readonly string[];
  /** Labels of image captions and credits ("Photo:", "Foto:"). */
  imageCredit: readonly string[];
  /** Labels before a publication or update date ("Veröffentlicht am", "Updated"). */
  published: readonly string[];
  /** Copyright lines. */
  copyright: readonly string[];
  /** Site taglines and notices of wikis and portals ("From Wikipedia, the free encyclopedia"). */
  taglines: readonly string[];
  /** Words that introduce a byline ("By", "Von"). */
  byline: readonly string[];
  /** Advert and subscription prompts. */
  promo: readonly string[];
  /** Weekday names (lower case; full and abbreviated) for date lines. */
  weekdays: readonly string[];
  /** Headings of the sections that close a wiki or news page: references, sources, external links. */
  endSections: readonly string[];
}

export const FURNITURE: Record<LanguageCode, FurnitureWords> = {
  en: {
    skipLinks: ['Skip to content', 'Skip to main content', 'Skip to navigation', 'Jump to content', 'Jump to navigation', 'Jump to search', 'Skip to search', 'Skip navigation'],
    share: ['Share', 'Share this', 'Share this article', 'Share this story', 'Share on Facebook', 'Share on Twitter', 'Share on LinkedIn', 'Share via email', 'Tweet', 'Email', 'Print', 'Print this page', 'Follow us', 'Follow us on', 'Like us on Facebook', 'Copy link', 'Comments', 'Leave a comment', 'Save'],
    edit: ['edit', 'edit source', 'view history', 'view source'],
    readMore: ['Read more', 'Read More:', 'See more', 'More stories', 'Don’t miss', "Don't miss", 'Must read', 'Editor’s picks', "Editor's picks", 'Top stories', 'Latest news', 'Watch more', 'Read also', 'Also read', 'Related', 'Related:', 'Related articles', 'Related stories', 'Related news', 'See also', 'More:', 'More on this', 'More from', 'Read next', 'Recommended', 'You may also like', 'You might also like', 'Most read', 'Most popular', 'Trending', 'Further reading', 'Continue reading', 'Click here', 'Read the full story', 'Read the full article', 'Sponsored'],
    cookies: ['We use cookies', 'This website uses cookies', 'This site uses cookies', 'By continuing to use', 'By using this site', 'Accept cookies', 'Cookie settings', 'Cookie policy'],
    imageCredit: ['Photo', 'Photos', 'Photograph', 'Image', 'Images', 'Picture', 'Credit', 'Credits', 'Illustration', 'Image credit', 'Photo credit', 'Image source', 'Video', 'Graphic', 'File photo', 'Caption'],
    published: ['Published', 'Published on', 'Published at', 'Updated', 'Last updated', 'Updated on', 'Posted', 'Posted on', 'Posted at', 'First published', 'Date', 'Last modified', 'Created'],
    copyright: ['©', 'Copyright', '(c)', 'All rights reserved', 'This material may not be published', 'This document is subject to copyright'],
    taglines: ['From Wikipedia, the free encyclopedia', 'From Wikinews, the free news source', 'From Wikinews, the free news source you can write!', 'This article is more than', 'This article was originally published', 'Sign up for', 'Subscribe to'],
    byline: ['By', 'Written by', 'Posted by', 'Reported by', 'Words by', 'Story by'],
    promo: ['Advertisement', 'Advertisement - Continue Reading Below', 'Story continues below', 'Article continues below', 'Continue reading below', 'Sponsored content', 'Subscribe', 'Sign up', 'Sign in', 'Log in', 'Newsletter', 'Get the latest', 'Download the app', 'Watch:', 'Listen:', 'Listen to this article'],
    weekdays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'],
    endSections: ['References', 'Notes', 'External links', 'See also', 'Sources', 'Further reading', 'Bibliography', 'Footnotes', 'Related news', 'Related articles'],
  },
  de: {
    skipLinks: ['Zum Inhalt springen', 'Zur Navigation springen', 'Zur Suche springen', 'Direkt zum Inhalt', 'Zum Hauptinhalt', 'Navigation überspringen', 'Springe zum Inhalt'],
    share: ['Teilen', 'Artikel teilen', 'Auf Facebook teilen', 'Auf Twitter teilen', 'Per E-Mail teilen', 'Drucken', 'E-Mail', 'Link kopieren', 'Folgen Sie uns', 'Kommentare', 'Merken', 'Twittern'],
    edit: ['Bearbeiten', 'Quelltext bearbeiten', 'Versionsgeschichte', 'Quelltext anzeigen'],
    readMore: ['Lesen Sie auch', 'Lesen Sie mehr', 'Mehr zum Thema', 'Mehr dazu', 'Auch interessant', 'Weiterlesen', 'Weitere Artikel', 'Siehe auch', 'Das könnte Sie auch interessieren', 'Meistgelesen', 'Verwandte Artikel', 'Verwandte Themen', 'Zum Thema', 'Mehr aus', 'Weitere Nachrichten', 'Themen', 'Anzeige'],
    cookies: ['Diese Website verwendet Cookies', 'Wir verwenden Cookies', 'Diese Seite verwendet Cookies', 'Cookie-Einstellungen', 'Datenschutzeinstellungen', 'Um unsere Webseite'],
    imageCredit: ['Foto', 'Fotos', 'Bild', 'Bilder', 'Bildquelle', 'Bildnachweis', 'Quelle', 'Grafik', 'Illustration', 'Video', 'Symbolbild', 'Archivbild'],
    published: ['Veröffentlicht', 'Veröffentlicht am', 'Aktualisiert', 'Aktualisiert am', 'Zuletzt aktualisiert', 'Stand', 'Erstellt', 'Erstellt am', 'Datum', 'Geändert am'],
    copyright: ['©', 'Copyright', 'Alle Rechte vorbehalten'],
    taglines: ['Aus Wikipedia, der freien Enzyklopädie', 'Aus Wikinews, dem freien Nachrichtenportal', 'Aus Wikinews'],
    byline: ['Von', 'Ein Beitrag von', 'Text', 'Autor'],
    promo: ['Anzeige', 'Werbung', 'Abonnieren', 'Jetzt abonnieren', 'Newsletter', 'Anmelden', 'Registrieren', 'Artikel anhören', 'Hören Sie hier'],
    weekdays: ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'mo', 'di', 'mi', 'do', 'fr', 'sa', 'so'],
    endSections: ['Einzelnachweise', 'Weblinks', 'Literatur', 'Anmerkungen', 'Quellen', 'Siehe auch', 'Themenverwandte Artikel', 'Belege', 'Fußnoten'],
  },
  fr: {
    skipLinks: ['Aller au contenu', 'Aller au contenu principal', 'Aller à la navigation', 'Aller à la recherche', 'Passer au contenu', 'Passer au contenu principal', 'Sauter à la navigation', 'Aller au menu'],
    share: ['Partager', 'Partager cet article', 'Partager sur Facebook', 'Partager sur Twitter', 'Envoyer par e-mail', 'Imprimer', 'Suivez-nous', 'Commentaires', 'Copier le lien', 'Tweeter'],
    edit: ['modifier', 'modifier le code', 'voir l’historique', "voir l'historique"],
    readMore: ['Lire aussi', 'À lire aussi', 'A lire aussi', 'Lire également', 'À lire également', 'Voir aussi', 'Lire la suite', 'Sur le même sujet', 'Articles liés', 'Articles similaires', 'Les plus lus', 'En savoir plus', 'Plus d’infos', 'Publicité'],
    cookies: ['Ce site utilise des cookies', 'Nous utilisons des cookies', 'En poursuivant votre navigation', 'Gérer les cookies', 'Paramètres des cookies'],
    imageCredit: ['Photo', 'Photos', 'Crédit', 'Crédits', 'Crédit photo', 'Crédits photo', 'Image', 'Illustration', 'Vidéo', 'Source'],
    published: ['Publié', 'Publié le', 'Mis à jour', 'Mis à jour le', 'Dernière mise à jour', 'Modifié le', 'Créé le', 'Date'],
    copyright: ['©', 'Copyright', 'Tous droits réservés'],
    taglines: ['Un article de Wikipédia, l’encyclopédie libre', "Un article de Wikipédia, l'encyclopédie libre", 'Un article de Wikinews, la source d’informations libre', "De Wikinews, la source d'informations libre", 'De Wikinews'],
    byline: ['Par', 'Écrit par', 'Publié par'],
    promo: ['Publicité', 'Abonnez-vous', "S'abonner", 'S’abonner', 'Newsletter', 'Se connecter', 'Inscrivez-vous', 'Écouter cet article'],
    weekdays: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'lun', 'mar', 'mer', 'jeu', 'ven', 'sam', 'dim'],
    endSections: ['Notes et références', 'Références', 'Liens externes', 'Voir aussi', 'Articles connexes', 'Sources', 'Bibliographie', 'Notes', 'Sur le même sujet'],
  },
  es: {
    skipLinks: ['Ir al contenido', 'Saltar al contenido', 'Ir al contenido principal', 'Saltar a la navegación', 'Ir a la navegación', 'Ir a la búsqueda', 'Saltar a navegación'],
    share: ['Compartir', 'Compartir en Facebook', 'Compartir en Twitter', 'Enviar por correo', 'Imprimir', 'Síguenos', 'Comentarios', 'Copiar enlace', 'Tuitear'],
    edit: ['editar', 'editar código', 'ver historial'],
    readMore: ['Lee también', 'Lea también', 'Leer más', 'Ver también', 'Te puede interesar', 'Le puede interesar', 'Noticias relacionadas', 'Relacionado', 'Relacionadas', 'Más información', 'Lo más leído', 'Más noticias', 'Sigue leyendo', 'Publicidad'],
    cookies: ['Este sitio web utiliza cookies', 'Utilizamos cookies', 'Usamos cookies', 'Esta web utiliza cookies', 'Configuración de cookies'],
    imageCredit: ['Foto', 'Fotos', 'Fotografía', 'Imagen', 'Crédito', 'Créditos', 'Ilustración', 'Vídeo', 'Video', 'Fuente'],
    published: ['Publicado', 'Publicado el', 'Actualizado', 'Actualizado el', 'Última actualización', 'Fecha', 'Creado'],
    copyright: ['©', 'Copyright', 'Todos los derechos reservados'],
    taglines: ['De Wikipedia, la enciclopedia libre', 'De Wikinoticias, la fuente libre de noticias', 'De Wikinoticias'],
    byline: ['Por', 'Escrito por'],
    promo: ['Publicidad', 'Suscríbete', 'Suscribirse', 'Boletín', 'Iniciar sesión', 'Regístrate', 'Escuchar noticia'],
    weekdays: ['lunes', 'martes', 'miércoles', 'miercoles', 'jueves', 'viernes', 'sábado', 'sabado', 'domingo', 'lun', 'mar', 'mié', 'mie', 'jue', 'vie', 'sáb', 'sab', 'dom'],
    endSections: ['Referencias', 'Enlaces externos', 'Véase también', 'Fuentes', 'Notas', 'Bibliografía', 'Noticias relacionadas'],
  },
  it: {
    skipLinks: ['Vai al contenuto', 'Vai al contenuto principale', 'Passa al contenuto', 'Salta al contenuto', 'Vai alla navigazione', 'Vai alla ricerca', 'Salta la navigazione'],
    share: ['Condividi', 'Condividi su Facebook', 'Condividi su Twitter', 'Invia per email', 'Stampa', 'Seguici', 'Commenti', 'Copia link'],
    edit: ['modifica', 'modifica wikitesto', 'visualizza cronologia'],
    readMore: ['Leggi anche', 'Vedi anche', 'Potrebbe interessarti', 'Ti potrebbe interessare', 'Articoli correlati', 'Leggi di più', 'Leggi tutto', 'Approfondimenti', 'I più letti', 'Altre notizie', 'Correlati', 'Pubblicità'],
    cookies: ['Questo sito utilizza cookie', 'Questo sito usa i cookie', 'Utilizziamo i cookie', 'Usiamo i cookie', 'Impostazioni cookie'],
    imageCredit: ['Foto', 'Immagine', 'Credito', 'Crediti', 'Fonte', 'Illustrazione', 'Video'],
    published: ['Pubblicato', 'Pubblicato il', 'Aggiornato', 'Aggiornato il', 'Ultimo aggiornamento', 'Data', 'Creato il'],
    copyright: ['©', 'Copyright', 'Tutti i diritti riservati', 'Riproduzione riservata'],
    taglines: ["Da Wikipedia, l'enciclopedia libera", 'Da Wikipedia, l’enciclopedia libera', 'Da Wikinotizie, le notizie a contenuto libero', 'Da Wikinotizie'],
    byline: ['Di', 'Scritto da', 'A cura di'],
    promo: ['Pubblicità', 'Abbonati', 'Iscriviti', 'Newsletter', 'Accedi', 'Ascolta questo articolo'],
    weekdays: ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica', 'lunedi', 'martedi', 'mercoledi', 'giovedi', 'venerdi', 'lun', 'mar', 'mer', 'gio', 'ven', 'sab', 'dom'],
    endSections: ['Note', 'Collegamenti esterni', 'Voci correlate', 'Fonti', 'Bibliografia', 'Notizie correlate', 'Altri progetti'],
  },
  pt: {
    skipLinks: ['Ir para o conteúdo', 'Saltar para o conteúdo', 'Pular para o conteúdo', 'Ir para o conteúdo principal', 'Saltar para a navegação', 'Ir para a navegação', 'Saltar para a pesquisa', 'Pular para a navegação'],
    share: ['Compartilhar', 'Compartilhe', 'Partilhar', 'Compartilhar no Facebook', 'Compartilhar no Twitter', 'Enviar por e-mail', 'Imprimir', 'Siga-nos', 'Comentários', 'Copiar link'],
    edit: ['editar', 'editar código-fonte', 'ver histórico'],
    readMore: ['Leia também', 'Leia mais', 'Veja também', 'Ver também', 'Saiba mais', 'Notícias relacionadas', 'Relacionadas', 'Relacionados', 'Mais lidas', 'Mais notícias', 'Continue lendo', 'Publicidade'],
    cookies: ['Este site utiliza cookies', 'Este site usa cookies', 'Utilizamos cookies', 'Usamos cookies', 'Configurações de cookies'],
    imageCredit: ['Foto', 'Fotos', 'Fotografia', 'Imagem', 'Crédito', 'Créditos', 'Ilustração', 'Vídeo', 'Fonte', 'Reprodução'],
    published: ['Publicado', 'Publicado em', 'Atualizado', 'Atualizado em', 'Actualizado', 'Última atualização', 'Data', 'Criado em'],
    copyright: ['©', 'Copyright', 'Todos os direitos reservados'],
    taglines: ['Origem: Wikipédia, a enciclopédia livre.', 'Origem: Wikipédia, a enciclopédia livre', 'Da Wikipédia, a enciclopédia livre', 'Origem: Wikinotícias', 'De Wikinotícias'],
    byline: ['Por', 'Escrito por'],
    promo: ['Publicidade', 'Assine', 'Assinar', 'Newsletter', 'Entrar', 'Cadastre-se', 'Ouvir notícia'],
    weekdays: ['segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado', 'domingo', 'segunda', 'terça', 'quarta', 'quinta', 'sexta', 'seg', 'ter', 'qua', 'qui', 'sex', 'sáb', 'dom'],
    endSections: ['Referências', 'Ligações externas', 'Ver também', 'Fontes', 'Notas', 'Bibliografia', 'Notícias relacionadas'],
  },
  ru: {
    skipLinks: ['Перейти к содержанию', 'Перейти к навигации', 'Перейти к поиску', 'Перейти к основному содержанию', 'Пропустить навигацию'],
    share: ['Поделиться', 'Поделиться в Facebook', 'Поделиться ВКонтакте', 'Отправить по почте', 'Печать', 'Распечатать', 'Подписывайтесь', 'Комментарии', 'Скопировать ссылку'],
    edit: ['править', 'править код', 'история', 'просмотр истории'],
    readMore: ['Читайте также', 'Читать также', 'Смотрите также', 'См. также', 'Читать далее', 'Читать полностью', 'По теме', 'Похожие новости', 'Похожие статьи', 'Подробнее', 'Самое читаемое', 'Другие новости', 'Реклама'],
    cookies: ['Мы используем файлы cookie', 'Мы используем cookie', 'Этот сайт использует cookie', 'Сайт использует файлы cookie', 'Продолжая использовать сайт'],
    imageCredit: ['Фото', 'Фотография', 'Изображение', 'Иллюстрация', 'Источник', 'Видео', 'Кадр'],
    published: ['Опубликовано', 'Дата публикации', 'Обновлено', 'Последнее обновление', 'Дата', 'Создано'],
    copyright: ['©', 'Copyright', 'Все права защищены'],
    taglines: ['Материал из Википедии — свободной энциклопедии', 'Материал из Викиновостей — свободного источника новостей', 'Материал из Викиновостей'],
    byline: ['Автор', 'Текст'],
    promo: ['Реклама', 'Подписаться', 'Подпишитесь', 'Рассылка', 'Войти', 'Зарегистрироваться', 'Слушать'],
    weekdays: ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье', 'пн', 'вт', 'ср', 'чт', 'пт', 'сб', 'вс'],
    endSections: ['Примечания', 'Ссылки', 'См. также', 'Источники', 'Литература', 'Похожие новости'],
  },
  el: {
    skipLinks: ['Μετάβαση στο περιεχόμενο', 'Μετάβαση στην πλοήγηση', 'Μετάβαση στην αναζήτηση', 'Παράλειψη στο περιεχόμενο'],
    share: ['Κοινοποίηση', 'Μοιραστείτε', 'Κοινοποίηση στο Facebook', 'Εκτύπωση', 'Ακολουθήστε μας', 'Σχόλια', 'Αντιγραφή συνδέσμου'],
    edit: ['επεξεργασία', 'επεξεργασία κώδικα', 'προβολή ιστορικού'],
    readMore: ['Διαβάστε επίσης', 'Διαβάστε ακόμα', 'Δείτε επίσης', 'Δείτε ακόμα', 'Διαβάστε περισσότερα', 'Σχετικά άρθρα', 'Σχετικά', 'Σχετικές ειδήσεις', 'Τα πιο δημοφιλή', 'Περισσότερα', 'Διαφήμιση'],
    cookies: ['Χρησιμοποιούμε cookies', 'Αυτός ο ιστότοπος χρησιμοποιεί cookies', 'Ο ιστότοπος χρησιμοποιεί cookies', 'Ρυθμίσεις cookies'],
    imageCredit: ['Φωτογραφία', 'Φωτ.', 'Εικόνα', 'Πηγή', 'Βίντεο'],
    published: ['Δημοσιεύθηκε', 'Δημοσίευση', 'Ενημερώθηκε', 'Τελευταία ενημέρωση', 'Ημερομηνία'],
    copyright: ['©', 'Copyright', 'Με επιφύλαξη παντός δικαιώματος'],
    taglines: ['Από τη Βικιπαίδεια, την ελεύθερη εγκυκλοπαίδεια', 'Από τα Βικινέα', 'Από τα Βικινέα, την ελεύθερη πηγή ειδήσεων'],
    byline: ['Του', 'Της', 'Των', 'Από'],
    promo: ['Διαφήμιση', 'Εγγραφείτε', 'Συνδρομή', 'Newsletter', 'Σύνδεση'],
    weekdays: ['δευτέρα', 'τρίτη', 'τετάρτη', 'πέμπτη', 'παρασκευή', 'σάββατο', 'κυριακή', 'δευ', 'τρι', 'τετ', 'πεμ', 'παρ', 'σαβ', 'κυρ'],
    endSections: ['Παραπομπές', 'Εξωτερικοί σύνδεσμοι', 'Δείτε επίσης', 'Πηγές', 'Σημειώσεις', 'Βιβλιογραφία'],
  },
  fi: {
    skipLinks: ['Siirry sisältöön', 'Siirry pääsisältöön', 'Siirry navigaatioon', 'Siirry hakuun', 'Hyppää sisältöön'],
    share: ['Jaa', 'Jaa artikkeli', 'Jaa Facebookissa', 'Jaa Twitterissä', 'Tulosta', 'Lähetä sähköpostilla', 'Seuraa meitä', 'Kommentit', 'Kopioi linkki'],
    edit: ['muokkaa', 'muokkaa wikitekstiä', 'näytä historia'],
    readMore: ['Lue myös', 'Katso myös', 'Lue lisää', 'Aiheesta muualla', 'Aiheeseen liittyvät', 'Aiheeseen liittyvää', 'Luetuimmat', 'Lisää aiheesta', 'Mainos'],
    cookies: ['Käytämme evästeitä', 'Sivusto käyttää evästeitä', 'Tämä sivusto käyttää evästeitä', 'Evästeasetukset'],
    imageCredit: ['Kuva', 'Kuvat', 'Kuvaaja', 'Lähde', 'Video', 'Grafiikka'],
    published: ['Julkaistu', 'Päivitetty', 'Viimeksi päivitetty', 'Päiväys', 'Luotu'],
    copyright: ['©', 'Copyright', 'Kaikki oikeudet pidätetään'],
    taglines: ['Wikipediasta', 'Wikipedia, vapaa tietosanakirja', 'Wikiuutisista', 'Wikiuutiset'],
    byline: ['Kirjoittanut', 'Teksti', 'Toimittaja'],
    promo: ['Mainos', 'Tilaa', 'Tilaa uutiskirje', 'Kirjaudu', 'Rekisteröidy', 'Kuuntele'],
    weekdays: ['maanantai', 'tiistai', 'keskiviikko', 'torstai', 'perjantai', 'lauantai', 'sunnuntai', 'maanantaina', 'tiistaina', 'keskiviikkona', 'torstaina', 'perjantaina', 'lauantaina', 'sunnuntaina', 'ma', 'ti', 'ke', 'to', 'pe', 'la', 'su'],
    endSections: ['Lähteet', 'Aiheesta muualla', 'Katso myös', 'Viitteet', 'Kirjallisuutta', 'Aiheesta muualla'],
  },
  id: {
    skipLinks: ['Langsung ke isi', 'Lompat ke isi', 'Loncat ke isi', 'Langsung ke konten', 'Lompat ke navigasi', 'Lompat ke pencarian', 'Loncat ke navigasi'],
    share: ['Bagikan', 'Bagikan artikel', 'Bagikan ke Facebook', 'Bagikan ke Twitter', 'Cetak', 'Kirim email', 'Ikuti kami', 'Komentar', 'Salin tautan'],
    edit: ['sunting', 'sunting sumber', 'lihat riwayat'],
    readMore: ['Baca juga', 'Baca Juga:', 'Baca selengkapnya', 'Lihat juga', 'Berita terkait', 'Artikel terkait', 'Terpopuler', 'Berita lainnya', 'Selengkapnya', 'Iklan'],
    cookies: ['Kami menggunakan cookie', 'Situs ini menggunakan cookie', 'Situs web ini menggunakan cookie', 'Pengaturan cookie'],
    imageCredit: ['Foto', 'Gambar', 'Ilustrasi', 'Sumber', 'Video', 'Kredit'],
    published: ['Diterbitkan', 'Dipublikasikan', 'Diperbarui', 'Terakhir diperbarui', 'Tanggal', 'Dibuat'],
    copyright: ['©', 'Copyright', 'Hak cipta', 'Hak Cipta Dilindungi'],
    taglines: ['Dari Wikipedia bahasa Indonesia, ensiklopedia bebas', 'Dari Wikipedia, ensiklopedia bebas', 'Dari Wikiberita'],
    byline: ['Oleh', 'Penulis', 'Reporter'],
    promo: ['Iklan', 'Berlangganan', 'Langganan', 'Newsletter', 'Masuk', 'Daftar', 'Dengarkan'],
    weekdays: ['senin', 'selasa', 'rabu', 'kamis', 'jumat', "jum'at", 'sabtu', 'minggu', 'ahad'],
    endSections: ['Referensi', 'Pranala luar', 'Lihat pula', 'Sumber', 'Catatan', 'Rujukan', 'Berita terkait'],
  },
  la: {
    skipLinks: ['Salire ad contentum', 'Salire ad navigationem', 'Salire ad quaerendum', 'Ad contentum transire'],
    share: ['Communicare', 'Imprimere', 'Disputatio'],
    edit: ['recensere', 'fontem recensere', 'historiam inspicere', 'fontem inspicere'],
    readMore: ['Vide etiam', 'Nexus externi', 'Lege etiam', 'Plura legere', 'Notae'],
    cookies: ['Crustula', 'Hic situs crustulis utitur'],
    imageCredit: ['Imago', 'Pictura', 'Photographema', 'Fons'],
    published: ['Editum', 'Publicatum', 'Renovatum', 'Dies'],
    copyright: ['©', 'Copyright', 'Omnia iura reservata'],
    taglines: ['E Vicipaedia', 'E Vicipaedia, libera encyclopaedia', 'E Vicinuntiis', 'Ex Vicinuntiis'],
    byline: ['Auctore', 'Ab', 'Scripsit'],
    promo: ['Praeconium'],
    weekdays: ['dies lunae', 'dies martis', 'dies mercurii', 'dies iovis', 'dies veneris', 'dies saturni', 'dies solis', 'dominica', 'feria secunda', 'feria tertia', 'feria quarta', 'feria quinta', 'feria sexta', 'sabbatum'],
    endSections: ['Notae', 'Nexus externi', 'Vide etiam', 'Fontes', 'Bibliographia', 'Nexus interni'],
  },
  sa: {
    skipLinks: ['सामग्रीं प्रति गच्छतु', 'विषयं प्रति गच्छतु', 'अन्वेषणं प्रति गच्छतु', 'सञ्चरणं प्रति गच्छतु'],
    share: ['वितरतु', 'मुद्रयतु', 'चर्चा'],
    edit: ['सम्पादयतु', 'स्रोतः सम्पाद्यताम्', 'सम्पाद्यताम्', 'इतिहासः दृश्यताम्'],
    readMore: ['अपि पश्यन्तु', 'अपि पठन्तु', 'सम्बद्धाः लेखाः', 'बाह्यसम्पर्कतन्तुः', 'बाह्यसम्पर्कतन्तवः', 'उल्लेखाः'],
    cookies: ['कुकीज'],
    imageCredit: ['चित्रम्', 'छायाचित्रम्', 'स्रोतः'],
    published: ['प्रकाशितम्', 'प्रकाशनतिथिः', 'अद्यतनम्', 'दिनाङ्कः'],
    copyright: ['©', 'Copyright', 'सर्वाधिकाराः सुरक्षिताः'],
    taglines: ['विकिपीडिया तः', 'मुक्तविश्वकोशात् विकिपीडियातः', 'विकिपीडियातः'],
    byline: ['लेखकः'],
    promo: ['विज्ञापनम्'],
    weekdays: ['सोमवासरः', 'मङ्गलवासरः', 'बुधवासरः', 'गुरुवासरः', 'शुक्रवासरः', 'शनिवासरः', 'रविवासरः', 'भानुवासरः'],
    endSections: ['सन्दर्भाः', 'बाह्यसम्पर्कतन्तुः', 'अपि पश्यन्तु', 'टिप्पणी', 'स्रोतांसि'],
  },
  zh: {
    skipLinks: ['跳转到内容', '跳到内容', '跳至内容', '跳至主要内容', '跳到导航', '跳到搜索', '跳轉到內容', '跳至主要內容', '跳到導覽'],
    share: ['分享', '分享到', '分享至', '转发', '轉發', '打印', '列印', '收藏', '评论', '評論', '复制链接', '複製連結', '关注我们', '關注我們'],
    edit: ['编辑', '編輯', '编辑源代码', '編輯原始碼', '查看历史', '檢視歷史'],
    readMore: ['相关阅读', '相關閱讀', '延伸阅读', '延伸閱讀', '相关新闻', '相關新聞', '阅读更多', '閱讀更多', '推荐阅读', '推薦閱讀', '更多新闻', '热门文章', '熱門文章', '参见', '參見', '广告', '廣告'],
    cookies: ['本网站使用cookie', '本網站使用cookie', '我们使用cookie', '我們使用cookie', 'Cookie设置'],
    imageCredit: ['图片来源', '圖片來源', '图片', '圖片', '图', '圖', '摄影', '攝影', '来源', '來源', '视频', '影片'],
    published: ['发布时间', '發布時間', '发布于', '發佈於', '发表于', '發表於', '更新时间', '更新時間', '更新于', '日期', '时间', '時間'],
    copyright: ['©', 'Copyright', '版权所有', '版權所有', '未经授权', '未經授權'],
    taglines: ['维基百科，自由的百科全书', '維基百科，自由的百科全書', '维基新闻，自由的新闻源', '維基新聞，自由的新聞源'],
    byline: ['记者', '記者', '作者', '文'],
    promo: ['广告', '廣告', '订阅', '訂閱', '登录', '登入', '注册', '註冊', '下载客户端', '下載APP'],
    weekdays: ['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日', '星期天', '周一', '周二', '周三', '周四', '周五', '周六', '周日', '週一', '週二', '週三', '週四', '週五', '週六', '週日'],
    endSections: ['参考文献', '參考文獻', '参考资料', '參考資料', '外部链接', '外部連結', '参见', '參見', '来源', '來源', '资料来源', '資料來源', '注释', '註釋', '相关新闻', '相關新聞'],
  },
  ja: {
    skipLinks: ['コンテンツにスキップ', '本文へスキップ', '本文へ移動', 'ナビゲーションに移動', '検索に移動', 'メインコンテンツへスキップ'],
    share: ['シェア', 'シェアする', '共有', 'ツイート', 'ブックマーク', '印刷', 'メールで送る', 'フォローする', 'コメント', 'リンクをコピー'],
    edit: ['編集', 'ソースを編集', '履歴表示'],
    readMore: ['関連記事', '関連ニュース', 'あわせて読みたい', '続きを読む', 'こちらもおすすめ', 'おすすめ記事', '人気記事', 'もっと見る', '関連項目', '広告'],
    cookies: ['当サイトではCookieを使用', 'クッキーを使用', 'Cookieを使用しています', 'Cookie設定'],
    imageCredit: ['写真', '画像', '提供', '出典', '撮影', '動画', 'イラスト'],
    published: ['公開日', '公開', '更新日', '更新', '投稿日', '掲載日', '配信', '日付'],
    copyright: ['©', 'Copyright', '無断転載', '無断転載を禁じます', 'All rights reserved'],
    taglines: ['出典: フリー百科事典『ウィキペディア（Wikipedia）』', 'フリー百科事典『ウィキペディア（Wikipedia）』', 'ウィキニュース'],
    byline: ['記者', '文', '筆者'],
    promo: ['広告', '購読', 'ログイン', '会員登録', 'アプリで読む'],
    weekdays: ['月曜日', '火曜日', '水曜日', '木曜日', '金曜日', '土曜日', '日曜日', '(月)', '(火)', '(水)', '(木)', '(金)', '(土)', '(日)', '（月）', '（火）', '（水）', '（木）', '（金）', '（土）', '（日）'],
    endSections: ['脚注', '出典', '参考文献', '外部リンク', '関連項目', '情報源', '関連ニュース'],
  },
};
