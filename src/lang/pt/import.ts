// What the importer knows about Portuguese pages: the names a language switcher gives the
// language, frequent short words that tell a page in it, and the words of page furniture
// (skip, share and edit links, "read more" prompts, captions, bylines, date labels).
// Also: the labels of credit and source lines, category words, short month names, and the
// small words of date, byline and caption lines (src/lang/pack.ts, ImportLanguage).

import type { ImportLanguage } from '../pack.js';

export const importData: ImportLanguage = {
  switcherNames: ['Português', 'Portugues', 'Portuguese', 'Portugiesisch', 'Portugais', 'Portugués', 'Portoghese', 'Portugali'],
  stopwords: ['o', 'os', 'e', 'que', 'em', 'para', 'com', 'não', 'uma', 'do', 'da', 'dos', 'das', 'são', 'no', 'na', 'ao', 'mais', 'como', 'pelo'],
  furniture: {
    skipLinks: ['Ir para o conteúdo', 'Saltar para o conteúdo', 'Pular para o conteúdo', 'Ir para o conteúdo principal', 'Saltar para a navegação', 'Ir para a navegação', 'Saltar para a pesquisa', 'Pular para a navegação', 'Voltar ao topo', 'Voltar para o topo', 'Voltar'],
    share: ['Compartilhar', 'Compartilhe', 'Partilhar', 'Compartilhar no Facebook', 'Compartilhar no Twitter', 'Enviar por e-mail', 'Imprimir', 'Siga-nos', 'Comentários', 'Copiar link', 'Deixe um comentário', 'Comente!', 'Comente', 'Baixar', 'Compartilhar no WhatsApp'],
    edit: ['editar', 'editar código-fonte', 'ver histórico'],
    readMore: ['Leia também', 'Leia mais', 'Veja também', 'Ver também', 'Saiba mais', 'Notícias relacionadas', 'Relacionadas', 'Relacionados', 'Mais lidas', 'Tópicos relacionados', 'Mais notícias', 'Continue lendo', 'Publicidade', "Você pode gostar", "Você também pode gostar", "Sobre o autor", 'Últimas notícias', 'Últimos vídeos'],
    cookies: ['Este site utiliza cookies', 'Este site usa cookies', 'Utilizamos cookies', 'Usamos cookies', 'Configurações de cookies'],
    readingTime: ['Tempo de leitura', 'min de leitura', 'minutos de leitura', 'Leitura:'],
    imageCredit: ['Foto', 'Fotos', 'Fotografia', 'Imagem', 'Crédito', 'Créditos', 'Ilustração', 'Vídeo', 'Fonte', 'Reprodução'],
    published: ['Publicado', 'Publicado em', 'Postado', 'Postado em', 'Atualizado', 'Atualizado em', 'Actualizado', 'Última atualização', 'Data', 'Criado em'],
    copyright: ['©', 'Copyright', 'Todos os direitos reservados'],
    taglines: ['Origem: Wikipédia, a enciclopédia livre.', 'Origem: Wikipédia, a enciclopédia livre', 'Da Wikipédia, a enciclopédia livre', 'Origem: Wikinotícias', 'De Wikinotícias'],
    byline: ['Por', 'Escrito por'],
    promo: ['Publicidade', 'Assine', 'Assinar', 'Newsletter', 'Entrar', 'Cadastre-se', 'Ouvir notícia', 'Ouvir o texto', 'Ouça este conteúdo', 'Continua depois da publicidade', 'Continua após a publicidade'],
    appeals: ['Este conteúdo é exclusivo para assinantes', 'Esta reportagem é exclusiva para assinantes', 'Assine o', 'Assine já', 'Assine agora', 'Apoie o', 'Apoie nosso jornalismo', 'Apoie o jornalismo', 'Apoie a', 'Faça uma doação', 'Faça parte', 'A você que chegou até aqui', 'Se você chegou até aqui', 'Seja membro', 'Seja assinante', 'Torne-se assinante', 'Torne-se membro'],
    commentInvites: ['Deixe sua opinião nos comentários', 'Deixe o seu comentário abaixo'],
    signUpEnds: ['Inscreva-se aqui', 'Assine aqui'],
    weekdays: ['segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado', 'domingo', 'segunda', 'terça', 'quarta', 'quinta', 'sexta', 'seg', 'ter', 'qua', 'qui', 'sex', 'sáb', 'dom'],
    endSections: ['Referências', 'Ligações externas', 'Ver também', 'Fontes', 'Notas', 'Bibliografia', 'Notícias relacionadas'],
  },
  creditLabels: {
    editor: ['Edição', 'Editor'],
    proofreading: ['Revisão'],
    author: ['Autor', 'Autora'],
    reporter: ['Repórter'],
    translator: ['Tradução'],
  },
  sourceLabels: ['Fonte', 'Fonte original'],
  sourcePhrases: ['Da conta oficial', 'Do site oficial'],
  categoryWords: ['Notícia', 'Notícias'],
  monthAbbreviations: { jan: 1, fev: 2, mar: 3, abr: 4, mai: 5, jun: 6, jul: 7, ago: 8, set: 9, out: 10, nov: 11, dez: 12 },
  lineWords: {
    beforeDate: ['em'],
    inDate: ['de'],
    dayEndings: ['º', 'ª'],
    beforeTime: ['às'],
    creditBy: ['de'],
    nameParticles: ['da', 'de', 'do', 'dos'],
    nameJoiners: ['e'],
    followVerbs: ['Siga', 'Curta'],
    noteLabels: ['nota'],
    wikiRemarks: ['referência necessária', 'referencia necessaria', 'referência necessaria', 'referencia necessária'],
  },
};
