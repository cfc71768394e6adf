// Scraped text pages as scrapers really keep them: the furniture classes of real news pages
// (glued date lines, kickers and standfirsts, boxes of links inside the text, embedded posts,
// captions without a colon, a date line below the text), on pages written for these tests.

import { describe, expect, it } from 'vitest';
import { importPage, readDate } from '../src/ingest/import/index.js';
import { findDate, isTimeStamp } from '../src/ingest/import/meta.js';
import { lineFurniture } from '../src/ingest/import/lines.js';

const body = (markdown: string) => markdown.split('---\n')[2]!;
const reasonOf = (result: ReturnType<typeof importPage>, start: string) => result.dropped.find((item) => item.text.startsWith(start))?.reason;

describe('import, text pages: dates as pages write them', () => {
  it('reads a month between dots, spaced numeric dates and a label with its small word', () => {
    expect(readDate('21.dez.2018 às 12h55')).toBe('2018-12-21');
    expect(readDate('4.mar.2021')).toBe('2021-03-04');
    expect(readDate('13. 1. 2020')).toBe('2020-01-13');
    expect(readDate('Actualizado al 03/05/2022 22:46')).toBe('2022-05-03');
    expect(readDate('13. 1. 20')).toBeUndefined();
  });

  it('finds a CJK date glued to a source and a time, and a dateline with a two-digit year', () => {
    expect(findDate('东方网2021年3月4日08:15')).toBe('2021-03-04');
    expect(findDate('(Lione, 4 marzo 21)')).toBe('2021-03-04');
    // A two-digit number after a month is a year only when it ends the line.
    expect(findDate('Relazione del 4 marzo 21 pagine')).toBeUndefined();
  });
});

describe('import, text pages: headline, date and text among the chrome', () => {
  it('a date line glued to its update and a glued menu are not the headline; a box of links inside the text goes, the text after it stays', () => {
    const page = [
      'Etusivu', 'Uutiset', 'Urheilu', 'UutisetKotimaaUlkomaatTalousKulttuuri',
      'Kaupunki avaa uuden uimahallin ensi syksynä',
      '4.3.2021 9:15päivitetty 4.3.2021 9:15',
      'Kotimaa',
      'Kaupunginvaltuusto hyväksyi maanantaina uuden uimahallin rakentamisen, ja työt alkavat jo huhtikuussa, kertoo kaupungin tiedote. Halli maksaa noin 40 miljoonaa euroa.',
      'Lue myös:',
      'Uimahallien hinnat nousevat koko maassa',
      'Uudessa hallissa on kaksi allasta ja kuntosali, ja sen arvioidaan palvelevan noin 300 000 kävijää vuodessa. Vanha halli suljetaan, kun uusi valmistuu.',
      'Kaupunki rahoittaa hankkeen lainalla, ja se on kertonut, että laina maksetaan takaisin kahdessakymmenessä vuodessa. Pääsymaksut pysyvät ennallaan ainakin vuoden ajan, mutta ne voivat nousta myöhemmin.',
      'Jaa artikkeli',
    ].join('\n\n');
    const result = importPage(page, { format: 'txt' });
    expect(result.frontmatter).toMatchObject({ title: 'Kaupunki avaa uuden uimahallin ensi syksynä', date: '2021-03-04' });
    const text = body(result.markdown);
    expect(text).toContain('Kaupunginvaltuusto hyväksyi');
    expect(text).toContain('Kaupunki rahoittaa hankkeen');
    expect(text).not.toContain('Uimahallien hinnat nousevat');
    expect(reasonOf(result, 'Uimahallien hinnat nousevat')).toBe('related');
  });

  it('the headline above its standfirst; a name beside the date is the byline; captions without a colon and embedded posts go', () => {
    const page = [
      'Skip to content', 'News', 'World',
      'Ferry service resumes after storm repairs',
      'Islanders waited three weeks for the crossing to reopen after the winter storm damaged the pier',
      'Maria Lindqvist',
      'March 4, 2021',
      'Image caption The repaired pier at Northport on Wednesday',
      'The ferry between Northport and the island sailed again on Thursday morning, three weeks after a storm tore away part of the pier and closed the crossing.',
      'About 1,200 people live on the island, and many had to take a private boat to reach the hospital and the schools on the mainland while the pier was closed.',
      'Great news for the island! The ferry is back this morning #Northport https://t.co/abc123',
      '— Northport Council (@northportcc) March 4, 2021',
      'The council said the repairs had cost 850,000 pounds and that the pier would be inspected again before the autumn storms, as the law requires.',
      '"It is a relief," said one passenger.',
      '© 2021 Example News',
    ].join('\n\n');
    const result = importPage(page, { format: 'txt' });
    expect(result.frontmatter).toMatchObject({ title: 'Ferry service resumes after storm repairs', date: '2021-03-04' });
    const text = body(result.markdown);
    expect(text).toContain('Islanders waited three weeks');
    expect(text).toContain('"It is a relief," said one passenger.');
    expect(text).not.toContain('Maria Lindqvist');
    expect(text).not.toContain('The repaired pier');
    expect(text).not.toContain('Great news for the island');
    expect(text).not.toContain('@northportcc');
    expect(reasonOf(result, 'Maria Lindqvist')).toBe('byline');
    expect(reasonOf(result, 'Image caption')).toBe('caption');
    expect(reasonOf(result, 'Great news for the island')).toBe('embedded-post');
    expect(reasonOf(result, '— Northport Council')).toBe('embedded-post');
  });

  it('the date line below the text when there is none above it', () => {
    const page = [
      'Home', 'Notizie', 'Il comune apre una nuova biblioteca in centro',
      'La nuova biblioteca comunale aprirà a settembre nel palazzo dell\'ex tribunale, con trentamila volumi e una sala per i ragazzi, ha annunciato ieri il sindaco.',
      'I lavori di restauro del palazzo sono costati quattro milioni di euro e sono stati finanziati in parte dalla regione, che ha coperto metà della spesa.',
      'Pubblicato il: 4 Marzo 2021',
      'Ultimo aggiornamento: 5 Marzo 2021',
      'Privacy', 'Contatti',
    ].join('\n\n');
    const result = importPage(page, { format: 'txt' });
    expect(result.frontmatter).toMatchObject({ title: 'Il comune apre una nuova biblioteca in centro', date: '2021-03-04' });
  });

  it('Chinese: a date glued to the source and the time, captions that open with 图为 or close with 摄, a bracketed credit after the last sentence', () => {
    const page = [
      '首页', '新闻', '城市新建三座公园 市民周末多了好去处',
      '东方网2021年3月4日08:15 来源：东方网',
      '图为新建的滨江公园。',
      '本市今年新建的三座公园于上周末正式开放，总面积超过四十公顷，吸引了大批市民前往游览。市园林局表示，公园内设有儿童游乐区和健身步道。',
      '滨江公园的樱花林吸引了许多游客。东方网记者 李华 摄',
      '据介绍，三座公园的建设总投资约为二亿元，其中滨江公园面积最大。园林局还计划在明年再建两座社区公园，方便周边居民就近休闲。',
      '公园管理处提醒市民文明游园。（记者 王明）',
      '责任编辑：张三',
    ].join('\n\n');
    const result = importPage(page, { format: 'txt' });
    expect(result.frontmatter).toMatchObject({ title: '城市新建三座公园 市民周末多了好去处', date: '2021-03-04' });
    const text = body(result.markdown);
    expect(text).toContain('本市今年新建的三座公园');
    expect(text).toContain('公园管理处提醒市民文明游园。');
    expect(text).not.toContain('图为新建的滨江公园');
    expect(text).not.toContain('李华 摄');
    expect(reasonOf(result, '图为新建的滨江公园')).toBe('caption');
    expect(reasonOf(result, '滨江公园的樱花林')).toBe('caption');
  });

  it('a kicker glued before the headline is read off the title bar; reading time, pull quotes, captions signed by an agency, boxes of linked headlines go', () => {
    const page = [
      'Startseite', 'Neue Brücke über den Rhein freigegeben - Verkehr in Köln',
      'Verkehr in Köln Neue Brücke über den Rhein freigegeben',
      'Stand: 04.03.2021 10:15 Uhr',
      'Lesezeit: 3 Min.',
      'Die neue Brücke zwischen Deutz und der Altstadt ist seit heute Morgen für Fußgänger und Radfahrer geöffnet. Die Stadt hat dafür drei Jahre gebaut und 60 Millionen Euro ausgegeben.',
      'Die Brücke bei der Eröffnung am Morgen. dpa',
      '"Das ist ein guter Tag für alle, die in dieser Stadt zu Fuß gehen"',
      'Oberbürgermeisterin Anna Schmidt sagte bei der Eröffnung: "Das ist ein guter Tag für alle, die in dieser Stadt zu Fuß gehen", und dankte den Bauleuten für ihre Arbeit in den letzten Jahren.',
      'Mehr zum Thema Verkehr', 'Radwege in der Innenstadt werden breiter', 'Neue Buslinie nach Porz', 'Parken am Dom wird teurer', 'Stadtbahn fährt wieder nach Plan',
      'Die Brücke ist 180 Meter lang und hat einen eigenen Streifen für Lastenräder. Nachts wird sie mit sparsamen Lampen beleuchtet, die auf die Bewegung der Menschen reagieren.',
      'Für Autos bleibt die Brücke gesperrt. Die Stadt rechnet mit etwa 20.000 Menschen am Tag, die über die neue Verbindung zwischen den beiden Ufern gehen oder fahren werden.',
      'Weitere Meldungen', 'Zoo bekommt neues Elefantenhaus', 'Schulen öffnen nach den Ferien wieder', 'Karneval fällt dieses Jahr aus', 'Wetter: Sonne am Wochenende',
      'Impressum',
    ].join('\n\n');
    const result = importPage(page, { format: 'txt' });
    expect(result.frontmatter).toMatchObject({ title: 'Neue Brücke über den Rhein freigegeben', date: '2021-03-04' });
    const text = body(result.markdown);
    expect(text).toContain('Die neue Brücke zwischen Deutz');
    expect(text).toContain('Für Autos bleibt die Brücke gesperrt.');
    expect(text).toContain('Oberbürgermeisterin Anna Schmidt sagte');
    for (const gone of ['Lesezeit', 'bei der Eröffnung am Morgen. dpa', 'Radwege in der Innenstadt', 'Stadtbahn fährt wieder', 'Zoo bekommt', 'Wetter: Sonne']) expect(text).not.toContain(gone);
    expect(reasonOf(result, 'Lesezeit')).toBe('reading-time');
    expect(reasonOf(result, 'Die Brücke bei der Eröffnung')).toBe('caption');
    expect(reasonOf(result, '"Das ist ein guter Tag')).toBe('pull-quote');
    expect(reasonOf(result, 'Radwege in der Innenstadt')).toBe('related');
  });

  it('a prompt with its colon before a linked headline that asks a question is a teaser; a long heading above a paragraph stays', () => {
    const page = [
      'Accueil', 'Le conseil municipal adopte le budget de la ville pour 2021',
      'Le 4 mars 2021 à 10h15',
      'Le conseil municipal a adopté jeudi soir le budget de la ville pour l\'année 2021, qui prévoit une hausse des dépenses pour les écoles et les transports publics.',
      'Lire aussi : Pourquoi les impôts locaux augmentent-ils encore cette année ?',
      'Les dépenses de fonctionnement augmentent de trois pour cent, selon le document présenté par l\'adjoint aux finances, qui a défendu une gestion prudente.',
      'Investissements massifs prévus pour quatre écoles primaires et huit bus électriques',
      'La ville consacrera douze millions d\'euros à la rénovation de quatre écoles et huit millions à de nouveaux bus électriques pour les quartiers du nord.',
      'Mentions légales',
    ].join('\n\n');
    const result = importPage(page, { format: 'txt' });
    const text = body(result.markdown);
    expect(text).not.toContain('Pourquoi les impôts locaux');
    expect(reasonOf(result, 'Lire aussi : Pourquoi')).toBe('related');
    expect(text).toContain('## Investissements massifs prévus pour quatre écoles primaires et huit bus électriques');
  });

  it('Japanese: a source, a date without its year and the time with 配信 after it is a date line, not text', () => {
    const page = [
      'ニュース', '経済',
      '地方銀行、来年春から新しいスマホ決済を始める',
      '東洋経済ニュース 4/5(月) 9:30配信',
      '地方銀行の東洋銀行は五日、来年春から新しいスマートフォン決済サービスを始めると発表した。利用者は店頭で画面を示すだけで支払いができるようになる。',
      '同行によると、対応する店舗は県内の約三千店で、手数料は従来のカード決済より低く抑える。初年度の利用者は十万人を見込んでいる。',
      '最終更新:4/5(月) 9:30',
    ].join('\n\n');
    const result = importPage(page, { format: 'txt' });
    expect(result.frontmatter).toMatchObject({ title: '地方銀行、来年春から新しいスマホ決済を始める' });
    expect(result.frontmatter.date).toBeUndefined();
    expect(body(result.markdown)).not.toContain('配信');
    expect(reasonOf(result, '東洋経済ニュース 4/5(月) 9:30配信')).toBe('dateline');
  });
});

describe('import, text pages: a live ticker and a box of other headlines beside the article', () => {
  const article = [
    'Accueil', 'Monde',
    'Le port de Brest rouvre après la tempête',
    'AFP 4 mars 2021 à 07:19 (Mis à jour : 4 mars 2021 à 07:38)',
    'Sur le même sujet',
    'Reportage',
    'A Quimper, les digues ont tenu malgré les vagues',
    'Par Jeanne Martin',
    'Le port de Brest a rouvert jeudi matin, trois jours après la tempête qui avait arraché une partie des pontons et coulé deux chalutiers, a annoncé la préfecture maritime.',
    'Les équipes de la capitainerie ont travaillé toute la nuit pour dégager les chenaux, et les premiers navires de pêche sont sortis dès six heures du matin.',
    'Le maire a demandé une aide exceptionnelle de l\'État pour réparer les pontons, dont le coût est estimé à plusieurs millions d\'euros par les services techniques.',
    'Direct',
  ];
  // Newest first, as live tickers print them: a stamp with its headline, or a stamp alone above a kicker and a paragraph.
  const ticker = [
    '14:44 Grève dans les transports : le trafic reprend en Ile-de-France',
    '14:32 Un artiste arrêté pour avoir peint une fontaine en rose',
    '14:10', 'Séisme.',
    "Un tremblement de terre de magnitude 6,8 a touché la Papouasie-Nouvelle-Guinée, selon l'Institut d'études géologiques américain, sans faire de victimes selon les premiers bilans des autorités locales qui poursuivent leurs recherches.",
    '13:54 Le Parlement adopte la loi sur les transports',
    '13:24', 'Football.',
    "L'entraîneur de l'équipe nationale a annoncé sa liste pour les matchs de qualification, avec trois nouveaux joueurs venus du championnat anglais et deux gardiens qui n'avaient encore jamais été appelés en sélection.",
    '13:08 Les calories bientôt affichées sur les bouteilles',
    '12:57', 'Météo.',
    "Les pluies vont revenir sur la moitié nord du pays dès vendredi soir, avec des rafales de vent qui pourraient atteindre cent kilomètres à l'heure sur les côtes de la Manche et de la mer du Nord.",
    'les plus partagés',
  ];

  it('the ticker heavier than the article is furniture; the headline above the box of other headlines is the title; an agency beside the date and time is the date line', () => {
    const result = importPage([...article, ...ticker].join('\n\n'), { format: 'txt' });
    expect(result.frontmatter).toMatchObject({ title: 'Le port de Brest rouvre après la tempête', date: '2021-03-04' });
    const text = body(result.markdown);
    expect(text).toContain('Le port de Brest a rouvert jeudi matin');
    expect(text).toContain('Les équipes de la capitainerie');
    expect(text).not.toContain('Papouasie');
    expect(text).not.toContain('Météo');
    expect(reasonOf(result, 'Un tremblement de terre')).toBe('live-ticker');
    expect(reasonOf(result, '12:57')).toBe('live-ticker');
    expect(reasonOf(result, 'AFP 4 mars 2021')).toBe('dateline');
  });

  it('a page that is only a live blog keeps its entries as the text', () => {
    const result = importPage(['Le direct de la tempête', '4 mars 2021', ...ticker.slice(0, -1)].join('\n\n'), { format: 'txt' });
    expect(body(result.markdown)).toContain('Papouasie');
    expect(result.dropped.some((item) => item.reason === 'live-ticker')).toBe(false);
  });

  it('times that go back and forth are not a ticker', () => {
    const lines = ['09:00 Ouverture', '14:00 Déjeuner', '10:30 Atelier', '16:00 Clôture', '11:00 Visite'];
    const result = importPage([...article.slice(0, -1), ...lines].join('\n\n'), { format: 'txt' });
    expect(result.dropped.some((item) => item.reason === 'live-ticker')).toBe(false);
  });
});

describe('import, text pages: kickers, credits, boxes and appeals around the text', () => {
  const german = (extra: string[]) => [
    'Startseite', 'Politik', 'Wirtschaft',
    'Verkehr: Neue Brücke über den Rhein eröffnet',
    'Nach vier Jahren Bauzeit fahren die ersten Autos über die neue Brücke. Die alte wird abgerissen.',
    '4. März 2021, 9:21 Uhr',
    'Die Brücke bei der Eröffnung am Donnerstag: Tausende kamen zum Fest. © Jana Beck/​dpa',
    ...extra,
    'Die neue Rheinbrücke zwischen den beiden Städten ist am Donnerstagmorgen für den Verkehr freigegeben worden, nachdem der Bau fast ein Jahr länger gedauert hatte als geplant.',
    'Täglich sollen mehr als 40.000 Fahrzeuge über die Brücke fahren, die damit eine der meistbefahrenen der ganzen Region wird. Die Kosten stiegen auf 120 Millionen Euro.',
    'Die alte Brücke aus dem Jahr 1962 wird im Sommer abgerissen, weil ihre Pfeiler nach Angaben der Behörden nicht mehr sicher sind und eine Sanierung teurer gewesen wäre.',
  ];

  it('a kicker joined to the headline by a colon goes when the page also shows the headline alone; a caption closed by a © credit goes', () => {
    const result = importPage(german(['Inhalt', 'Seite 1 —Neue Brücke über den Rhein eröffnet', 'Seite 2 —Was die Brücke gekostet hat']).join('\n\n'), { format: 'txt' });
    expect(result.frontmatter).toMatchObject({ title: 'Neue Brücke über den Rhein eröffnet', date: '2021-03-04' });
    expect(reasonOf(result, 'Die Brücke bei der Eröffnung')).toBe('caption');
    expect(body(result.markdown)).toContain('Die alte Brücke aus dem Jahr 1962');
  });

  it('without the headline shown alone the kicker stays part of it', () => {
    const result = importPage(german([]).join('\n\n'), { format: 'txt' });
    expect(result.frontmatter).toMatchObject({ title: 'Verkehr: Neue Brücke über den Rhein eröffnet' });
  });

  it('a "read also:" box before the last paragraph keeps that paragraph; a rights notice closes the text', () => {
    const page = [
      'Cronaca', 'Il comune approva il nuovo piano dei trasporti',
      'Pubblicato il 4 Marzo 2021',
      'Il consiglio comunale ha approvato ieri sera il nuovo piano dei trasporti, che prevede tre nuove linee di autobus elettrici e il prolungamento della metropolitana verso i quartieri della periferia nord.',
      'Il piano costerà circa 300 milioni di euro nei prossimi dieci anni, finanziati in parte con fondi europei e in parte con un prestito della banca regionale, secondo quanto spiegato dall\'assessore.',
      'Leggi anche:',
      'Le nuove piste ciclabili della città',
      'Mario Rossi',
      'Intanto le associazioni dei pendolari hanno accolto con favore il piano, chiedendo però che i lavori sulla metropolitana partano subito e che le nuove linee di autobus passino anche dagli ospedali e dalle scuole superiori della provincia, dove oggi mancano collegamenti diretti e frequenti con il capoluogo e con la stazione centrale.',
      '©RIPRODUZIONE RISERVATA',
      'Qui andrà inserito il messaggio del Direttore, esempio:',
      '"Chiunque ha il diritto alla libertà di opinione ed espressione; questo diritto include libertà a sostenere personali opinioni senza interferenze da parte di nessuno."',
    ].join('\n\n');
    const result = importPage(page, { format: 'txt' });
    const text = body(result.markdown);
    expect(text).toContain('Intanto le associazioni dei pendolari');
    expect(text).not.toContain('Le nuove piste ciclabili');
    expect(text).not.toContain('Chiunque ha il diritto');
  });

  it('an appeal for support after the text goes, with what follows it, in any of the languages', () => {
    const page = [
      'Política', 'Câmara aprova novo código de trânsito',
      '4 de março de 2021, 05:34 h',
      'A Câmara dos Deputados aprovou nesta quarta-feira o novo código de trânsito, que aumenta as multas para quem dirige usando o celular e cria regras para as bicicletas elétricas nas cidades.',
      'O texto segue agora para o Senado, onde deve ser votado ainda neste mês, segundo o presidente da comissão que analisou a proposta durante quase dois anos de debates com especialistas.',
      'A você que chegou até aqui, agradecemos muito por valorizar nosso conteúdo. Ao contrário da mídia corporativa, nosso jornal se financia por meio da sua própria comunidade de leitores. Você pode apoiar o nosso trabalho de diversas formas.',
      'O conhecimento liberta. Saiba mais. Siga-nos no Telegram.',
    ].join('\n\n');
    const result = importPage(page, { format: 'txt' });
    const text = body(result.markdown);
    expect(text).toContain('O texto segue agora para o Senado');
    expect(text).not.toContain('agradecemos');
    expect(text).not.toContain('Telegram');
    expect(reasonOf(result, 'A você que chegou até aqui')).toBe('appeal');
    expect(reasonOf(importPage(page.replace('A você que chegou até aqui, agradecemos muito', 'Support our journalism: we thank you'), { format: 'txt' }), 'Support our journalism')).toBe('appeal');
  });
});

describe('import, text pages: the headline among widgets, labels and sidebars', () => {
  const text = [
    'O plenário do Senado aprovou nesta terça-feira a proposta que limita o indulto presidencial, com 52 votos a favor e 18 contra, depois de uma sessão de mais de seis horas de debates entre os líderes.',
    'A proposta segue agora para a Câmara dos Deputados, onde precisa ser aprovada em dois turnos por três quintos dos parlamentares antes de ser promulgada pelo Congresso Nacional.',
    'Líderes da oposição disseram que vão tentar mudar o texto na Câmara, enquanto o governo afirmou que respeitará a decisão do Congresso, segundo nota divulgada pelo Palácio do Planalto no fim da tarde.',
  ];

  it('a reaction widget printed three times is not the headline; a byline glued to its name goes; "Carregando..." does not join the headline to the text', () => {
    const page = [
      'Início', 'Política', 'Como você se sentiu com essa matéria?', 'Carregando...',
      'Senado aprova limite ao indulto presidencial em primeiro turno de votação',
      'PorJoana Ribeiro Santos', 'Brasília', '03/05/2022 21:44', '0',
      'Como você se sentiu com essa matéria?', 'Carregando...',
      ...text,
      'Deixe sua opinião', 'Como você se sentiu com essa matéria?', 'Carregando...',
    ].join('\n\n');
    const result = importPage(page, { format: 'txt' });
    expect(result.frontmatter).toMatchObject({ title: 'Senado aprova limite ao indulto presidencial em primeiro turno de votação', date: '2022-05-03' });
    expect(reasonOf(result, 'PorJoana')).toBe('byline');
    expect(body(result.markdown)).not.toContain('Como você se sentiu');
  });

  it('a media label and its colon before the headline right above the date line stay in the title', () => {
    const page = [
      'ニュース', '国際', 'ニュース 国際 Video',
      '動画：大雨で川が氾濫、住民ら数百人が避難',
      '2021年3月4日 10:01　発信地：東京',
      '大雨の影響で四日朝、県内を流れる川が氾濫し、流域の住民ら数百人が近くの小学校などに避難した。けが人はいないという。',
      '気象台によると、雨は夕方まで続く見込みで、引き続き土砂災害や川の増水に警戒するよう呼びかけている。',
    ].join('\n\n');
    const result = importPage(page, { format: 'txt' });
    expect(result.frontmatter).toMatchObject({ title: '動画：大雨で川が氾濫、住民ら数百人が避難', date: '2021-03-04' });
  });

  it('the headline far above the text, behind stacked boxes of other headlines, and not its kicker', () => {
    // Each linked headline with its kicker, as sidebars print them.
    const kickers = ['Miradas', 'Sin anestesia', 'Evocación', 'Peligrosa escalada'];
    const teasers = (prompt: string, n: number) => [prompt, ...Array.from({ length: n }, (_, k) => [`Titular de otra noticia número ${k + 1} sobre la política del país`, kickers[k % kickers.length]!]).flat()];
    const page = [
      'Inicio', 'Política',
      'La interna oficial',
      'El Senado aprueba la reforma del sistema de transporte público tras un largo debate',
      'En una jornada de discusiones intensas, los senadores votaron la reforma que cambia las tarifas y crea nuevas líneas de colectivos en todo el país, con el apoyo de casi todos los bloques.',
      ...teasers('Las más leídas', 4), ...teasers('Últimas noticias', 4), ...teasers('Últimos videos', 3),
      'María González', '03/05/2022 22:46',
      'El Senado aprobó este martes la reforma del sistema de transporte público, que había sido enviada por el Poder Ejecutivo a fines del año pasado y que generó fuertes críticas de las provincias.',
      'La reforma prevé nuevas tarifas para los colectivos y los trenes a partir del mes de julio, y crea un fondo para financiar las líneas que conectan las ciudades del interior con las capitales.',
    ].join('\n\n');
    const result = importPage(page, { format: 'txt' });
    expect(result.frontmatter).toMatchObject({ title: 'El Senado aprueba la reforma del sistema de transporte público tras un largo debate', date: '2022-05-03' });
    expect(body(result.markdown)).toContain('En una jornada de discusiones intensas');
    expect(body(result.markdown)).not.toContain('Titular de otra noticia');
  });
});

describe('import, text pages: video carousels, short headlines and bracketed prompts', () => {
  it('the headline above a carousel of videos longer than fifteen lines, with its byline and date', () => {
    const videos = Array.from({ length: 16 }, (_, k) => `Mayor speaks about the flood damage in part ${k + 1}`);
    const page = [
      'World', 'Europe', 'Follow us',
      'River floods force thousands from their homes, and the worst may be yet to come',
      'By Jane Walker, Example News',
      'Updated 2010 GMT March 14, 2021',
      'JUST WATCHED', 'Residents describe the night the river rose', 'Replay', 'More Videos ...', 'MUST WATCH', '(16 Videos)',
      ...videos,
      'The river burst its banks on Sunday night after three days of heavy rain, flooding the old town and forcing more than 4,000 people to leave their homes, the regional government said.',
      'Emergency services rescued dozens of people from rooftops, and the army has sent soldiers to help build barriers along the river before more rain arrives on Wednesday.',
      'Forecasters said the water level could rise by another metre by the end of the week, and warned people living near the river not to return to their homes yet.',
    ].join('\n\n');
    const result = importPage(page, { format: 'txt' });
    expect(result.frontmatter).toMatchObject({ title: 'River floods force thousands from their homes, and the worst may be yet to come', date: '2021-03-14' });
    expect(body(result.markdown)).not.toContain('Mayor speaks');
  });

  it('a two-word headline the page shows twice beside the date is no byline; a date labelled "postado em"; a prompt in brackets', () => {
    const result = importPage([
      'Nachrichten', 'Ein Albtraum', 'PDF drucken', '22.12.2018', 'Ein Albtraum',
      'Der Reporter hat die Zeitschrift mit gefälschten Artikeln in eine schwere Krise gestürzt. Wie konnte das passieren, und was folgt daraus für die Redaktion?',
      'Ein perfekter Sturm auf dem Meer beginnt meistens, wenn mehrere Faktoren zusammenkommen: Die Wassertemperatur steigt, der Wind dreht, und der Druck fällt schnell.',
      'In den Morgenstunden des Donnerstags vergangener Woche wird klar, dass ein solcher Sturm über die Redaktion hereinbricht, und niemand ist darauf vorbereitet gewesen.',
    ].join('\n\n'), { format: 'txt' });
    expect(result.frontmatter).toMatchObject({ title: 'Ein Albtraum', date: '2018-12-22' });
    expect(lineFurniture('postado em 04/05/2022 05:49 / atualizado em 04/05/2022 05:50')?.reason).toBe('dateline');
    const spanish = importPage([
      'Política', 'El Congreso aprueba la reforma de las pensiones tras un largo debate', '04 de mayo 2022',
      'El Congreso aprobó este martes la reforma de las pensiones, que había sido presentada por el Gobierno a fines del año pasado y que generó fuertes críticas de los sindicatos.',
      '(Le puede interesar: Buscan responsables de bus quemado en Anorí, Antioquia)',
      'La reforma prevé una edad de jubilación más alta a partir de 2025, y crea un fondo para financiar las pensiones de los trabajadores del campo y de las zonas rurales del país.',
    ].join('\n\n'), { format: 'txt' });
    expect(reasonOf(spanish, '(Le puede interesar')).toBe('related');
  });
});

describe('import, text pages: galleries, agency credits and captions signed by the photographer', () => {
  it('a gallery count, credits written with "by" and no colon, a caption closed by the name of its photographer', () => {
    expect(lineFurniture('Slideshow ( 15 images )')?.reason).toBe('media');
    expect(lineFurniture('(16 Videos)')?.reason).toBe('media');
    expect(lineFurniture('Galería: 12 fotos')?.reason).toBe('media');
    expect(lineFurniture('Dos investigadores caminan por la bahía Fildes, en el extremo norte de la península antártica. Camila Buvinic')?.reason).toBe('caption');
    expect(lineFurniture('Jalankulkija Helsingin Merihaassa helmikuussa. Hanna Matikainen / Lehtikuva')?.reason).toBe('caption');
    // A sentence that ends with a name and its full stop is text.
    expect(lineFurniture('He used his speech to take a veiled shot at U.S. President Donald Trump.')).toBeUndefined();
    expect(lineFurniture('The museum reopened on Monday. Visitors queued for hours')).toBeUndefined();
    const result = importPage([
      'World', 'Museum reopens after two years of repairs',
      'March 4, 2021',
      'The city museum reopened on Thursday after two years of repairs to its roof and walls, and more than 3,000 visitors came on the first day, the director said.',
      'The repairs cost 12 million euros, paid by the city and a private foundation, and the museum will now stay open until ten in the evening on Fridays.',
      'Additional reporting by Jane Doe; Editing by John Smith and Mary Jones',
      'Our newsletter',
    ].join('\n\n'), { format: 'txt' });
    expect(result.frontmatter).toMatchObject({ title: 'Museum reopens after two years of repairs', credits: { reporter: 'Jane Doe', editor: 'John Smith and Mary Jones' } });
    expect(body(result.markdown)).not.toContain('Additional reporting');
  });
});

describe('import, text pages: a headline far above the text', () => {
  const teasers = Array.from({ length: 6 }, (_, k) => [`City news`, `0${k + 1}:15 p.m.`, `Council votes on the new bus lanes in district ${k + 1}`]).flat();
  const page = [
    'Home', 'Politics', 'Business', 'Sport',
    // the sticky title bar repeats the headline at the top of the page
    'Students question the candidates at the university debate', 'Subscribe', 'Log in',
    'Menu', 'City', 'Region',
    'Candidates at the debate in the university hall.', 'Photo:', 'Jane Walker',
    'Students question the candidates at the university debate',
    'Candidates at the debate in the university hall.', 'Photo:', 'Jane Walker',
    'The debate covered six topics chosen by the students.',
    'Related:', 'Elections 2026', 'University', 'Debates',
    'Select the author of the article in the settings of this module',
    'Sm', 'city Time of publication of the article', 'Sm',
    'city May 4, 2026, 12:00 A.M.',
    'Follow City', 'Sign up or log in to follow your favourite topics and read them later on any of your devices.',
    'Comment', 'Save', 'Log in or sign up here to save articles in your user area and read them whenever you like.',
    'This article has already been saved. To read it at another time, visit your user area.', 'Report', 'Front page',
    'The university was the scene of a new presidential debate on Tuesday, in which six candidates answered the questions that students had prepared over the last three weeks.',
    'The meeting was organised around six topics: education, security and peace, the economy, health, foreign relations, and the environment and culture.',
    '( Candidates answer the students on the future of the public universities)',
    'Related stories', ...teasers, 'Prev', 'Next', '1', '2',
    'Among the questions prepared by the students were the tools each candidate would use to help farmers and to protect the rivers and forests of the region.',
    'One candidate said that the only way to make the country more productive was to look closely at the direct costs of farming, and that the government should help.',
    'Another proposed building twenty thousand kilometres of paved rural roads and a new public bank that would lend money to anyone who wants to start a business.',
    '( Reactions of the candidates to the threats against the front-runner)',
    'The debate was organised by the students of the university with the support of an embassy and of several radio stations and newspapers of the region.',
  ].join('\n\n');

  it('is found above the date line among its caption, standfirst, tags and buttons, and the paragraphs cut off by a box are kept', () => {
    const result = importPage(page, { format: 'txt' });
    expect(result.frontmatter).toMatchObject({ title: 'Students question the candidates at the university debate', date: '2026-05-04' });
    const text = body(result.markdown);
    expect(text).toContain('The debate covered six topics chosen by the students.');
    expect(text).toContain('The university was the scene of a new presidential debate');
    expect(text).toContain('The meeting was organised around six topics');
    expect(text).toContain('The debate was organised by the students');
    for (const furniture of ['Candidates at the debate in the university hall', 'already been saved', 'Council votes', 'Reactions of the candidates', 'Candidates answer the students']) expect(text).not.toContain(furniture);
  });

  it('a linked headline alone in brackets is a prompt; a note in brackets that ends its sentence, or a dateline, is not', () => {
    expect(lineFurniture('( Reacción de candidatos a amenazas de muerte de Petro)')?.reason).toBe('related');
    expect(lineFurniture('(Pescasseroli, 14 Gennaio 20)')?.reason).not.toBe('related');
    expect(lineFurniture('(The story was updated with the mayor’s comments.)')).toBeUndefined();
    expect(lineFurniture('También: ( Candidatos presidenciales rezagados)')?.reason).toBe('related');
  });
});

describe('import, text pages: a byline by role, a label above its value, a paywall', () => {
  it('a role and a name in Han characters is the byline; a source label alone is read with the line below it', () => {
    expect(lineFurniture('編集委員　中沢克二')).toEqual({ reason: 'byline', author: '中沢克二' });
    expect(lineFurniture('记者 张小明')).toEqual({ reason: 'byline', author: '张小明' });
    // A Han line that only starts with a byline word is no byline.
    expect(lineFurniture('记者会上，市长宣布了新的计划')).toBeUndefined();
  });

  it('the headline stands above its byline far above the text; the page source after its label is no headline; the paywall ends the text, the words it cut off stay', () => {
    const tags = ['北朝鮮', 'トランプ政権', '南北首脳会談', '習政権ウォッチ', '習政権', '経済', '政治', 'コラム（国際・アジア）', '中国・台湾', '朝鮮半島', '北米'];
    const page = [
      'トップ', '速報', 'マーケット',
      '首相が新たな経済対策を表明　年内に補正予算案',
      '編集委員　山田太郎',
      ...tags,
      '（1/3ページ）', '2019/3/4 6:00', '情報元', '日本経済新聞　電子版', '保存', '共有', 'その他',
      '首相は４日の記者会見で、新たな経済対策を年内にまとめると表明した。地方の中小企業を支える補助金を増やし、補正予算案を国会に提出する方針だ。政府内では財政規律を重んじる声もあり、規模を巡る調整が続く見通しだ。',
      '問題は財源だ…',
      '［有料会員限定］ この記事は会員限定です。電子版に登録すると続きをお読みいただけます。',
      '無料・有料プランを選択', '今すぐ登録', 'ログイン',
    ].join('\n\n');
    const result = importPage(page, { format: 'txt' });
    expect(result.frontmatter).toMatchObject({ title: '首相が新たな経済対策を表明　年内に補正予算案', date: '2019-03-04' });
    const text = body(result.markdown);
    expect(text).toContain('問題は財源だ…');
    expect(text).not.toContain('会員限定');
    expect(text).not.toContain('日本経済新聞');
  });
});

describe('import, text pages: a site box above the headline joined to the text', () => {
  it('a paragraph the page prints again further down, above a headline with a time stamp, is not the text; the headline is', () => {
    const about = 'Easy News tells the news in simple words for children and for people who are learning the language, every day of the week, with a dictionary for the hard words.';
    const page = [
      'Weather warnings', 'About Easy News', about,
      'A new law bans hitting children', '[06.24. 11:30]', 'Listen to the news', 'Hide the readings',
      'A new law to stop the abuse of children was passed on Wednesday, and parents may no longer hit or kick their children to teach them, the government said.',
      'Recently several children died because the child welfare offices could not protect them from their parents, and many people asked for a stricter law.',
      'Under the new law, experts will teach parents who abused their children how to bring them up, and the offices will get more staff to protect children.',
      'New news', 'News of the month', 'About Easy News', `${about.slice(0, 90)} and a website for everybody.`,
    ].join('\n\n');
    const result = importPage(page, { format: 'txt' });
    expect(result.frontmatter).toMatchObject({ title: 'A new law bans hitting children' });
    expect(result.frontmatter.date).toBeUndefined();
    const text = body(result.markdown);
    expect(text).not.toContain('Easy News tells');
    expect(text).toContain('A new law to stop the abuse');
    expect(text).toContain('Under the new law');
  });

  it('a time stamp without a year marks the date line', () => {
    expect(isTimeStamp('[06月24日 11時30分]')).toBe(true);
    expect(isTimeStamp('24.06. 11:30')).toBe(true);
    expect(isTimeStamp('6/24(月) 11:30')).toBe(true);
    expect(isTimeStamp('24 June 2020')).toBe(false);
    expect(isTimeStamp('Room 11:30 to 12:30')).toBe(false);
  });
});

describe('import, text pages: comment invitations, newsletter promotions and standards lines after the text', () => {
  it('an invitation to the comments anywhere in a short block, a promotion ending with its sign-up prompt, a standards line', () => {
    expect(lineFurniture('Miten torjut kaamosoireita? Voit keskustella aiheesta kello 23:een asti.')?.reason).toBe('comments');
    expect(lineFurniture('What do you think? Join the conversation below.')?.reason).toBe('comments');
    expect(lineFurniture('Wie sehen Sie das? Diskutieren Sie mit.')?.reason).toBe('comments');
    expect(lineFurniture('Example News will soon launch Royal News, a weekly newsletter about the royal family. Sign up here.')?.reason).toBe('newsletter');
    expect(lineFurniture('Our Standards: The Example Trust Principles.')?.reason).toBe('navigation');
    // Text that only mentions a conversation or signing up stays.
    expect(lineFurniture('The two leaders joined the conversation late on Tuesday, officials said.')).toBeUndefined();
    expect(lineFurniture('Voters who want to take part must sign up here in the town hall before Friday, the mayor said in a long statement.')).toBeUndefined();
    const result = importPage([
      'Uutiset', 'Kaamos vie monelta unen ja ruokahalun', '19.2.2020 16:20',
      'Pimeä vuodenaika vaikuttaa monen ihmisen mielialaan, ja osa kärsii kaamosoireista joka talvi. Asiantuntijan mukaan valoa kannattaa hakea aamuisin ulkoilemalla.',
      'Oireita voivat olla väsymys, ruokahalun kasvu ja alakulo, ja ne helpottavat yleensä keväällä, kun päivät pitenevät ja valoa on enemmän.',
      'Miten torjut kaamosoireita? Voit keskustella aiheesta kello 23:een asti.',
    ].join('\n\n'), { format: 'txt' });
    expect(body(result.markdown)).not.toContain('keskustella');
    expect(reasonOf(result, 'Miten torjut')).toBe('comments');
  });
});
