// What the importer knows about Sanskrit pages: the names a language switcher gives the
// language and the words of page furniture (skip, share and edit links, "read more"
// prompts, captions, bylines, date labels).

import type { ImportLanguage } from '../pack.js';

export const importData: ImportLanguage = {
  switcherNames: ['संस्कृतम्', 'संस्कृत', 'Sanskrit', 'Sánscrito', 'Sanscrito', 'Sânscrito', 'Санскрит'],
  stopwords: ['च', 'न', 'तु', 'अपि', 'एव', 'इति', 'तत्', 'सः', 'अस्ति', 'भवति', 'वा', 'यत्', 'तस्य', 'एतत्', 'हि', 'तथा', 'अत्र', 'ते', 'इदम्'],
  furniture: {
    skipLinks: ['सामग्रीं प्रति गच्छतु', 'विषयं प्रति गच्छतु', 'अन्वेषणं प्रति गच्छतु', 'सञ्चरणं प्रति गच्छतु', 'उपरि गच्छतु'],
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
    appeals: ['अस्मान् समर्थयतु', 'दानं करोतु'],
    weekdays: ['सोमवासरः', 'मङ्गलवासरः', 'बुधवासरः', 'गुरुवासरः', 'शुक्रवासरः', 'शनिवासरः', 'रविवासरः', 'भानुवासरः'],
    endSections: ['सन्दर्भाः', 'बाह्यसम्पर्कतन्तुः', 'अपि पश्यन्तु', 'टिप्पणी', 'स्रोतांसि'],
  },
};
