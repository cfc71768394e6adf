// What the importer knows about Spanish pages: the names a language switcher gives the
// language, frequent short words that tell a page in it, and the words of page furniture
// (skip, share and edit links, "read more" prompts, captions, bylines, date labels).
// Also: the labels of credit and source lines, category words, short month names, and the
// small words of date, byline and caption lines (src/lang/pack.ts, ImportLanguage).

import type { ImportLanguage } from '../pack.js';

export const importData: ImportLanguage = {
  switcherNames: ['Español', 'Espanol', 'Castellano', 'Spanish', 'Spanisch', 'Espagnol', 'Spagnolo', 'Espanhol', 'Espanja', 'Испанский'],
  stopwords: ['el', 'los', 'las', 'y', 'que', 'en', 'es', 'por', 'para', 'una', 'con', 'del', 'se', 'lo', 'como', 'su', 'al', 'más', 'han', 'sus'],
  furniture: {
    skipLinks: ['Ir al contenido', 'Saltar al contenido', 'Ir al contenido principal', 'Saltar a la navegación', 'Ir a la navegación', 'Ir a la búsqueda', 'Saltar a navegación', 'Volver arriba', 'Volver al inicio', 'Ir arriba'],
    share: ['Compartir', 'Compartir en Facebook', 'Compartir en Twitter', 'Enviar por correo', 'Imprimir', 'Síguenos', 'Comentarios', 'Copiar enlace', 'Tuitear', 'Deja un comentario', 'Comentar', 'Ver comentarios', 'Envía tu comentario', 'Enviá tu comentario'],
    edit: ['editar', 'editar código', 'ver historial'],
    readMore: ['Lee también', 'Lea también', 'También puede leer', 'También le puede interesar', 'También:', 'Lea aquí', 'Lee aquí', 'Lea más', 'Leer más', 'Ver también', 'Te puede interesar', 'Le puede interesar', 'Noticias relacionadas', 'Relacionado', 'Relacionadas', 'Más información', 'Lo más leído', 'Más noticias', 'Sigue leyendo', 'Seguir leyendo', 'Más leídas', 'Las más leídas', 'Lo más visto', 'Más sobre', 'Mirá también', 'Temas relacionados', 'Publicidad', "Sobre el autor", "También te puede interesar", 'Últimas noticias', 'Últimos videos', 'Últimos vídeos'],
    cookies: ['Este sitio web utiliza cookies', 'Utilizamos cookies', 'Usamos cookies', 'Esta web utiliza cookies', 'Configuración de cookies'],
    readingTime: ['Tiempo de lectura', 'min de lectura', 'minutos de lectura', 'Lectura:'],
    imageCredit: ['Foto', 'Fotos', 'Fotografía', 'Imagen', 'Crédito', 'Créditos', 'Ilustración', 'Vídeo', 'Video', 'Fuente'],
    published: ['Publicado', 'Publicado el', 'Actualizado', 'Actualizado el', 'Última actualización', 'Fecha', 'Creado'],
    copyright: ['©', 'Copyright', 'Todos los derechos reservados'],
    taglines: ['De Wikipedia, la enciclopedia libre', 'De Wikinoticias, la fuente libre de noticias', 'De Wikinoticias'],
    byline: ['Por', 'Escrito por'],
    promo: ['Publicidad', 'Suscríbete', 'Suscribirse', 'Boletín', 'Iniciar sesión', 'Regístrate', 'Escuchar noticia'],
    appeals: ['Este contenido es exclusivo para suscriptores', 'Este artículo es exclusivo para suscriptores', 'Apoya nuestro periodismo', 'Apoya el periodismo', 'Apóyanos', 'Apóyenos', 'Hazte socio', 'Hazte miembro', 'Hazte suscriptor', 'Haz una donación', 'Suscríbete ahora', 'Si has llegado hasta aquí', 'Si te gusta nuestro trabajo'],
    commentInvites: ['Déjanos tu opinión', 'Deja tu opinión en los comentarios'],
    signUpEnds: ['Suscríbete aquí', 'Regístrate aquí'],
    weekdays: ['lunes', 'martes', 'miércoles', 'miercoles', 'jueves', 'viernes', 'sábado', 'sabado', 'domingo', 'lun', 'mar', 'mié', 'mie', 'jue', 'vie', 'sáb', 'sab', 'dom'],
    endSections: ['Referencias', 'Enlaces externos', 'Véase también', 'Fuentes', 'Notas', 'Bibliografía', 'Noticias relacionadas'],
  },
  creditLabels: {
    editor: ['Redactor', 'Edición', 'Editor'],
    proofreading: ['Corrección', 'Revisión'],
    author: ['Autor', 'Autora'],
    reporter: ['Periodista'],
    translator: ['Traducción'],
  },
  sourceLabels: ['Fuente'],
  sourcePhrases: ['Del sitio oficial', 'Desde el sitio oficial', 'De la cuenta oficial', 'Desde la cuenta oficial'],
  categoryWords: ['Noticia', 'Noticias'],
  monthAbbreviations: { ene: 1, feb: 2, mar: 3, abr: 4, may: 5, jun: 6, jul: 7, ago: 8, sept: 9, oct: 10, nov: 11, dic: 12 },
  lineWords: {
    beforeDate: ['el', 'al'],
    inDate: ['de', 'del'],
    dayEndings: ['º', 'ª'],
    beforeTime: ['a las'],
    creditBy: ['de'],
    nameParticles: ['de', 'del', 'la'],
    nameJoiners: ['y'],
    followVerbs: ['Síguenos', 'Sigue'],
    noteLabels: ['nota'],
    wikiRemarks: ['cita requerida'],
    agencies: ['EFE'],
  },
};
