// What the importer knows about French pages: the names a language switcher gives the
// language, frequent short words that tell a page in it, and the words of page furniture
// (skip, share and edit links, "read more" prompts, captions, bylines, date labels).
// Also: the labels of credit and source lines, category words, short month names, and the
// small words of date, byline and caption lines (src/lang/pack.ts, ImportLanguage).

import type { ImportLanguage } from '../pack.js';

export const importData: ImportLanguage = {
  switcherNames: ['Français', 'Francais', 'French', 'Französisch', 'Francés', 'Francese', 'Francês', 'Ranska', 'Французский'],
  stopwords: ['le', 'la', 'les', 'et', 'des', 'est', 'une', 'dans', 'que', 'pour', 'qui', 'pas', 'du', 'au', 'sur', 'avec', 'par', 'ce', 'sont', 'ont', 'aux', 'il'],
  furniture: {
    skipLinks: ['Aller au contenu', 'Aller au contenu principal', 'Aller à la navigation', 'Aller à la recherche', 'Passer au contenu', 'Passer au contenu principal', 'Sauter à la navigation', 'Aller au menu', 'Retour en haut', 'Retour à l\'accueil', 'Haut de page'],
    share: ['Partager', 'Partager cet article', 'Partager sur Facebook', 'Partager sur Twitter', 'Envoyer par e-mail', 'Imprimer', 'Suivez-nous', 'Commentaires', 'Copier le lien', 'Tweeter', 'Laisser un commentaire', 'Réagir'],
    edit: ['modifier', 'modifier le code', 'voir l’historique', "voir l'historique"],
    readMore: ['Lire :', 'Lire aussi', 'À lire aussi', 'A lire aussi', 'Lire également', 'À lire également', 'Voir aussi', 'Lire la suite', 'Sur le même sujet', 'Articles liés', 'Articles similaires', 'Les plus lus', 'En savoir plus', 'Plus d’infos', 'Publicité', "À propos de l'auteur", "Vous aimerez aussi", 'Dernières vidéos', 'Dernières actualités', 'Dernières infos'],
    cookies: ['Ce site utilise des cookies', 'Nous utilisons des cookies', 'En poursuivant votre navigation', 'Gérer les cookies', 'Paramètres des cookies'],
    readingTime: ['Temps de lecture', 'min de lecture', 'minutes de lecture', 'Lecture :'],
    imageCredit: ['Photo', 'Photos', 'Crédit', 'Crédits', 'Crédit photo', 'Crédits photo', 'Image', 'Illustration', 'Vidéo', 'Source'],
    published: ['Publié', 'Publié le', 'Mis à jour', 'Mis à jour le', 'Dernière mise à jour', 'Modifié le', 'Créé le', 'Date'],
    copyright: ['©', 'Copyright', 'Tous droits réservés'],
    taglines: ['Un article de Wikipédia, l’encyclopédie libre', "Un article de Wikipédia, l'encyclopédie libre", 'Un article de Wikinews, la source d’informations libre', "De Wikinews, la source d'informations libre", 'De Wikinews'],
    byline: ['Par', 'Écrit par', 'Publié par'],
    promo: ['Publicité', 'Abonnez-vous', "S'abonner", 'S’abonner', 'Newsletter', 'Se connecter', 'Inscrivez-vous', 'Écouter cet article'],
    appeals: ['Cet article est réservé aux abonnés', 'La suite de cet article est réservée aux abonnés', 'Soutenez-nous', 'Soutenez notre journalisme', 'Soutenez une information indépendante', 'Soutenez le journalisme', 'Faites un don', 'Devenez membre', 'Devenez abonné', 'Abonnez-vous dès maintenant', "Si vous avez lu jusqu'ici", 'Si vous appréciez notre travail', 'Vous avez aimé cet article'],
    commentInvites: ['Réagissez à cet article', 'Donnez votre avis dans les commentaires'],
    signUpEnds: ['Inscrivez-vous ici', 'Abonnez-vous ici'],
    weekdays: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'lun', 'mar', 'mer', 'jeu', 'ven', 'sam', 'dim'],
    endSections: ['Notes et références', 'Références', 'Liens externes', 'Voir aussi', 'Articles connexes', 'Sources', 'Bibliographie', 'Notes', 'Sur le même sujet'],
  },
  creditLabels: {
    editor: ['Rédacteur', 'Rédactrice', 'Rédaction'],
    proofreading: ['Relecture'],
    author: ['Auteur', 'Autrice'],
    reporter: ['Journaliste'],
    translator: ['Traduction'],
  },
  sourceLabels: ['Source', 'Sources'],
  sourcePhrases: ["D'après le compte officiel", "D'après le site officiel", 'Depuis le compte officiel', 'Depuis le site officiel', 'Article repris de ', 'Article repris sur ', 'Article repris par ', 'Article publié sur ', 'Article publié par '],
  categoryWords: ['Actualité', 'Actualités', 'Nouvelles', 'Dépêche'],
  lineWords: {
    beforeDate: ['le'],
    dayEndings: ['er'],
    beforeTime: ['à'],
    afterTime: ['h'],
    creditBy: ['de', 'par'],
    nameParticles: ['de', 'la', 'le'],
    nameJoiners: ['et'],
    followVerbs: ['Suivez', 'Rejoignez'],
    noteLabels: ['n.'],
    wikiRemarks: ['réf. nécessaire'],
    agencies: ['AFP'],
  },
};
