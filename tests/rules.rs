//! The rule files are data written by people: this checks every file is
//! complete and every wording rule flags its examples and not its near
//! misses, on a Meta page, through the same engine the extension uses.

use objection::recognise::PageKind;
use objection::rules::{parse_all, read_packed, Category, Phrase};
use objection::snapshot::{Block, Control, Label, LabelSource, Snapshot};
use std::collections::HashSet;

/// The 24 official EU languages, plus Norwegian and Icelandic (EEA).
const REQUIRED_LANGUAGES: [&str; 26] = [
    "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt", "lv", "mt", "nl", "pl", "pt",
    "ro", "sk", "sl", "sv", "nb", "is",
];

/// A page at `url` in `lang` whose only text is `text`.
fn page_at(url: &str, lang: &str, text: &str) -> Snapshot {
    Snapshot {
        url: url.into(),
        lang: lang.into(),
        blocks: vec![Block { text: text.into(), ..Default::default() }],
        ..Default::default()
    }
}

fn page(lang: &str, sentence: &str) -> Snapshot {
    // A notice page in the rule's language, so the analysis runs.
    page_at("https://www.facebook.com/privacy/genai", lang, sentence)
}

fn flagged_rules(lang: &str, sentence: &str) -> Vec<String> {
    objection::analyse(&page(lang, sentence)).map(|a| a.findings.into_iter().map(|f| f.rule).collect()).unwrap_or_default()
}

#[test]
fn rule_files_parse_and_cover_every_language() {
    let rules = parse_all().expect("every rule file parses");
    let langs: HashSet<&str> = rules.languages.iter().map(|l| l.lang.as_str()).collect();
    for l in REQUIRED_LANGUAGES {
        assert!(langs.contains(l), "no rule file for {l}");
    }
}

/// The engine reads the packed form `build.rs` writes; it must hold exactly
/// what the files say, leaving out only what the tests alone read.
#[test]
fn packed_rules_equal_the_rule_files() {
    let mut files = parse_all().unwrap();
    for l in &mut files.languages {
        for f in &mut l.flags {
            f.examples.clear();
            f.near_misses.clear();
        }
    }
    for f in &mut files.pages.forms {
        (f.about, f.source, f.fixture) = Default::default();
    }
    let packed = read_packed().expect("the packed rules read back");
    assert_eq!(packed.pages, files.pages);
    assert_eq!(packed.languages.len(), files.languages.len());
    for (p, f) in packed.languages.iter().zip(&files.languages) {
        assert_eq!(p, f, "rules/lang/{}.json", f.lang);
    }
}

/// Romanian pages may use the cedilla letters (ş, ţ) of older keyboards
/// and fonts; the rules are written with the comma-below ones (ș, ț).
#[test]
fn romanian_flags_hold_in_the_cedilla_spelling() {
    let rules = parse_all().unwrap();
    let ro = rules.language("ro").expect("Romanian rules");
    let mut checked = 0;
    for f in &ro.flags {
        for e in f.examples.iter().filter(|e| e.contains(['ș', 'ț', 'Ș', 'Ț'])) {
            let cedilla = e.replace('ș', "ş").replace('ț', "ţ").replace('Ș', "Ş").replace('Ț', "Ţ");
            assert!(flagged_rules("ro", &cedilla).contains(&f.id), "{} misses {cedilla:?}", f.id);
            checked += 1;
        }
    }
    assert!(checked > 0, "no Romanian example has ș or ț");
}

/// A phrase, or each part of one written in parts (at most four), is text
/// with at most a trailing `*`.
fn well_formed(phrase: &str) -> bool {
    phrase.split(objection::phrases::GAP).count() <= objection::phrases::MAX_PARTS && phrase.split(objection::phrases::GAP).all(|part| {
        let t = part.trim().trim_end_matches('*');
        !t.trim().is_empty() && !t.contains('*')
    })
}

#[test]
fn every_language_is_complete() {
    let rules = parse_all().unwrap();
    for l in &rules.languages {
        let s = &l.signals;
        // Every list, each phrase well formed; the lists every language
        // needs are not empty. A language whose word for the name is also
        // the given name's ("nome" beside "cognome") has no given-name
        // list, few name a middle part, and some lists may stay empty.
        for (name, group, needed) in [
            ("signals.ai_topic", &s.ai_topic, true),
            ("signals.objection", &s.objection, true),
            ("signals.legitimate_interests", &s.legitimate_interests, true),
            ("signals.objection_title", &s.objection_title, true),
            ("signals.code_step", &s.code_step, true),
            ("signals.confirmed", &s.confirmed, true),
            ("signals.acknowledged", &s.acknowledged, true),
            ("signals.ai_notification", &s.ai_notification, true),
            ("signals.third_party", &s.third_party, false),
            ("signals.pre_step", &s.pre_step, false),
            ("fields.email", &l.fields.email, true),
            ("fields.country", &l.fields.country, true),
            ("fields.statement", &l.fields.statement, true),
            ("fields.code", &l.fields.code, true),
            ("fields.exclude", &l.fields.exclude, true),
            ("fields.family_name", &l.fields.family_name, true),
            ("fields.given_name", &l.fields.given_name, false),
            ("fields.name_part", &l.fields.name_part, false),
            ("fields.full_name", &l.fields.full_name, false),
            ("fields.phone", &l.fields.phone, false),
            ("answers.yes", &l.answers.yes, true),
            ("answers.object_option", &l.answers.object_option, false),
            ("markers.optional", &l.markers.optional, true),
            ("markers.required", &l.markers.required, false),
            ("markers.conditions", &l.markers.conditions, true),
            ("markers.grants", &l.markers.grants, true),
        ] {
            assert!(!needed || !group.is_empty(), "{}: {name} is empty", l.lang);
            for p in group.iter() {
                assert!(well_formed(p.text()), "{}: bad phrase {:?} in {name}", l.lang, p.text());
            }
        }
        for f in &l.flags {
            for p in &f.phrases {
                assert!(well_formed(p.text()), "{}: bad phrase {:?}", f.id, p.text());
            }
        }
        let categories: HashSet<Category> = l.flags.iter().map(|f| f.category).collect();
        for c in Category::ALL {
            assert!(categories.contains(&c), "{}: no rule of category {}", l.lang, c.as_str());
        }
        assert!(l.stopwords.len() >= 10, "{}: too few stopwords to tell the language", l.lang);
        assert!(l.statement.contains("21"), "{}: the statement must name Article 21", l.lang);
        assert!(l.statement.chars().count() < 1200, "{}: the statement should stay short", l.lang);
    }
}

#[test]
fn rule_ids_are_unique_and_prefixed_by_language() {
    let rules = parse_all().unwrap();
    let mut seen = HashSet::new();
    for l in &rules.languages {
        for f in &l.flags {
            assert!(f.id.starts_with(&format!("{}.", l.lang)), "{} is not in {}", f.id, l.lang);
            assert!(seen.insert(f.id.clone()), "duplicate rule id {}", f.id);
            assert!(!f.examples.is_empty() && !f.near_misses.is_empty(), "{} needs an example and a near miss", f.id);
            let en = std::fs::read_to_string("extension/_locales/en/messages.json").unwrap();
            for part in ["title", "explain", "article"] {
                let key = format!("\"{}_{part}\"", f.message_key());
                assert!(en.contains(&key), "{}: no message {key}", f.id);
            }
        }
    }
}

#[test]
fn every_rule_flags_its_examples_and_not_its_near_misses() {
    let rules = parse_all().unwrap();
    for l in &rules.languages {
        for f in &l.flags {
            for e in &f.examples {
                assert!(flagged_rules(&l.lang, e).contains(&f.id), "{} does not flag its example {e:?}", f.id);
            }
            for n in &f.near_misses {
                let got = flagged_rules(&l.lang, n);
                assert!(!got.contains(&f.id), "{} flags its near miss {n:?}", f.id);
            }
        }
    }
}

/// A form's own wording never makes it another kind of page: every
/// flagged example of every language, shown on the objection form above
/// its statement box, leaves the page the objection form. (A form's "if we
/// honour your objection" holds a confirmation's words in several
/// languages.)
#[test]
fn a_form_is_still_the_form_whatever_sentence_it_shows() {
    let rules = parse_all().unwrap();
    let mut checked = 0;
    for l in &rules.languages {
        let label = l.fields.statement[0].text().trim_end_matches('*').to_string();
        let form = |sentence: &str| {
            let mut s = page_at("https://www.facebook.com/help/contact/6359191084165019", &l.lang, sentence);
            s.blocks.push(Block { text: label.clone(), ..Default::default() });
            s.controls.push(Control {
                key: 1,
                tag: "textarea".into(),
                labels: vec![Label { source: LabelSource::LabelFor, text: label.clone() }],
                ..Default::default()
            });
            s
        };
        for f in &l.flags {
            for e in &f.examples {
                let kind = objection::analyse(&form(e)).map(|a| a.page.kind);
                assert_eq!(kind, Some(PageKind::ObjectionForm), "{}: the form showing {e:?}", f.id);
                checked += 1;
            }
        }
    }
    assert!(checked > 200, "only {checked} examples");
}

#[test]
fn sourced_phrases_name_a_public_source() {
    let rules = parse_all().unwrap();
    let mut sourced = 0;
    for l in &rules.languages {
        for f in &l.flags {
            for p in &f.phrases {
                if let Phrase::Sourced { source, .. } = p {
                    assert!(source.starts_with("https://") || source.starts_with("http://"), "{}: {source}", f.id);
                    sourced += 1;
                }
            }
        }
    }
    assert!(sourced >= 15, "the reference wording should stay marked with its sources");
}

#[test]
fn every_known_form_has_a_fixture() {
    let rules = parse_all().unwrap();
    let manifest = std::fs::read_to_string("tests/fixtures/pages.json").unwrap();
    for f in &rules.pages.forms {
        assert!(manifest.contains(&format!("\"{}\"", f.fixture)), "form {} names fixture {} which does not exist", f.id, f.fixture);
        assert!(matches!(f.kind.as_str(), "objection-form" | "third-party-form"), "{}: kind {}", f.id, f.kind);
    }
}

/// What the core takes a page for: one block of `text` at `url`.
fn kind_at(url: &str, lang: &str, text: &str) -> Option<PageKind> {
    objection::analyse(&page_at(url, lang, text)).map(|a| a.page.kind)
}

/// Each `(lang, text)`, as one block at `url`, is taken for `want`.
fn assert_each_is(url: &str, want: PageKind, cases: &[(&str, &str)]) {
    for &(lang, text) in cases {
        assert_eq!(kind_at(url, lang, text), Some(want), "{lang}: {text}");
    }
}

/// Inflected languages name the objection in many cases; the stem phrases
/// (`námit*`) catch forms the whole words do not, such as a contact form
/// under an id the rules do not know.
#[test]
fn an_inflected_objection_word_still_recognises_a_new_form() {
    assert_each_is(
        "https://www.facebook.com/help/contact/111122223333444",
        PageKind::ObjectionForm,
        &[
            ("cs", "Podání námitky proti použití vašich informací pro AI ve společnosti Meta"),
            ("hr", "Obrazac za podnošenje prigovora na korištenje vaših informacija za UI u Meti"),
            ("fi", "Metan tekoäly: lähetä vastustuspyyntö"),
            // Greek has two words for the objection; the form may use either.
            ("el", "Υποβολή αντίρρησης στη χρήση των πληροφοριών σας για την τεχνητή νοημοσύνη"),
            // The title as an imperative, as translators put "Object to …".
            ("de", "Widersprich der Verwendung deiner Informationen für KI bei Meta"),
            ("es", "Oponte al uso de tu información para la IA en Meta"),
            ("fr", "Opposez-vous à l'utilisation de vos informations pour l'IA chez Meta"),
            ("sk", "Namietať proti použitiu vašich informácií pre AI v Meta"),
            ("el", "Αντιταχθείτε στη χρήση των πληροφοριών σας για την τεχνητή νοημοσύνη στη Meta"),
            ("nb", "Protester mot at informasjonen din brukes til KI hos Meta"),
        ],
    );
}

/// Notices name artificial intelligence in whatever case the sentence needs
/// ("tekoälyn kehittämiseen", "rozwoju sztucznej inteligencji"); a notice on
/// a path the rules do not list is still recognised by its words.
#[test]
fn an_inflected_ai_topic_still_recognises_a_notice() {
    assert_each_is(
        "https://www.facebook.com/help/1234567890",
        PageKind::AiNotice,
        &[
            ("fi", "Käytämme tietojasi tekoälyn kehittämiseen oikeutetun edun perusteella. Sinulla on oikeus vastustaa tätä."),
            ("pl", "Wykorzystujemy Twoje informacje do rozwoju sztucznej inteligencji w oparciu o prawnie uzasadnione interesy. Masz prawo do sprzeciwu."),
            ("cs", "Vaše informace používáme k vývoji umělé inteligence na základě oprávněných zájmů. Máte právo vznést námitku."),
            // Legitimate interest in the singular genitive as well.
            ("pl", "Meta AI: przetwarzamy informacje na podstawie prawnie uzasadnionego interesu. Masz prawo do sprzeciwu."),
            // The adjective and the noun of "legitimate interests" in any case,
            // with other words between; the verb of objecting as well as its noun.
            ("lv", "Mēs izmantosim jūsu publisko informāciju, pamatojoties uz leģitīmām interesēm, lai uzlabotu Meta MI. Jums ir tiesības iebilst."),
            ("pt", "Vamos utilizar as tuas informações públicas com base em interesses legítimos para melhorar a IA na Meta. Tens o direito de te opor."),
            ("sl", "Vaše javne informacije bomo uporabljali na podlagi zakonitih interesov za razvoj UI pri Meti. Imate pravico ugovarjati uporabi."),
            ("cs", "Vaše veřejné informace použijeme na základě našeho oprávněného obchodního zájmu k vývoji umělé inteligence. Máte právo vznést námitku."),
            ("fi", "Käytämme julkisia tietojasi oikeutettujen liiketoiminnallisten etujemme perusteella tekoälyn kehittämiseen. Sinulla on oikeus vastustaa."),
            // The 2025 email's sentences as a translation tool words them.
            ("hr", "Pripremamo se proširiti naša iskustva s umjetnom inteligencijom u Meti. Koristit ćemo javne informacije na temelju legitimnih interesa. Imate pravo prigovora na korištenje vaših informacija u te svrhe."),
            ("ro", "Ne pregătim să extindem experiențele noastre AI de la Meta. Vom folosi informații publice pe baza intereselor legitime. Ai dreptul de a te opune utilizării informațiilor tale în aceste scopuri."),
            ("hu", "Készülünk a Metánál működő MI-élmények bővítésére. Jogos érdek alapján nyilvános információkat használunk fel. Jogod van tiltakozni az információid ilyen célú felhasználása ellen."),
            ("nb", "Vi gjør oss klare til å utvide AI-opplevelsene våre hos Meta. Vi vil bruke offentlig informasjon på grunnlag av berettigede interesser. Du har rett til å protestere mot bruken av informasjonen din til disse formålene."),
            ("sl", "Vaše javne informacije bomo na podlagi zakonitih interesov uporabljali pri umetni inteligenci Meta. Imate pravico do ugovora."),
            ("pl", "Przygotowujemy się do rozszerzenia naszych doświadczeń związanych ze sztuczną inteligencją w Meta. Będziemy wykorzystywać informacje publiczne na podstawie prawnie uzasadnionych interesów. Masz prawo sprzeciwić się."),
            // Objecting named by the verb alone.
            ("en", "We're expanding AI at Meta. We'll rely on our legitimate interests to use your public posts to train generative AI models. You can object to this."),
            // Legitimate interest in the singular, in other cases and word
            // orders; the AI and objecting worded as translators put them.
            ("de", "Wir verwenden deine öffentlichen Informationen auf Grundlage unseres berechtigten Interesses, um KI bei Meta zu verbessern. Du hast das Recht, zu widersprechen."),
            ("nb", "Vi bruker den offentlige informasjonen din til å forbedre KI hos Meta basert på berettiget interesse. Du har rett til å protestere."),
            ("pt", "Usaremos suas informações públicas para aprimorar a IA da Meta com base em legítimo interesse. Você tem o direito de se opor."),
            ("fr", "Nous utiliserons vos informations publiques pour améliorer l'IA chez Meta sur la base de notre intérêt légitime. Vous avez le droit de vous y opposer."),
            ("ro", "Vom folosi informațiile tale publice pentru a îmbunătăți IA de la Meta, în baza interesului legitim. Ai dreptul să te opui."),
            ("hr", "Vaše javne informacije upotrebljavat ćemo za poboljšanje UI-ja u Meti na temelju legitimnog interesa. Imate pravo na prigovor."),
            ("ga", "Úsáidfimid d'fhaisnéis phoiblí chun AI ag Meta a fheabhsú ar bhonn leasa dhlisteanaigh. Tá sé de cheart agat agóid a dhéanamh."),
            ("mt", "Se nużaw l-informazzjoni pubblika tiegħek biex intejbu l-IA f'Meta abbażi ta' interess leġittimu. Għandek id-dritt li toġġezzjona."),
            // A help page on the models behind Meta AI, its legal basis named
            // as a sentence of its own ("Temeiul juridic este interesul legitim").
            ("en", "How Meta uses information for generative AI models. We use public posts and comments from adults to train the models behind Meta AI. Our legal basis is legitimate interests. You have the right to object at any time."),
            ("de", "So verwendet Meta Informationen für generative KI-Modelle. Wir nutzen öffentliche Beiträge und Kommentare von Erwachsenen, um die Modelle hinter Meta AI zu trainieren. Rechtsgrundlage sind unsere berechtigten Interessen. Du kannst jederzeit Widerspruch einlegen."),
            ("fr", "Comment Meta utilise les informations pour les modèles d'IA générative. Nous utilisons les publications et commentaires publics des adultes pour entraîner les modèles de Meta AI. Notre base légale est l'intérêt légitime. Vous pouvez vous y opposer à tout moment."),
            ("es", "Cómo usa Meta la información para los modelos de IA generativa. Usamos publicaciones y comentarios públicos de adultos para entrenar los modelos de Meta AI. Nuestra base legal es el interés legítimo. Puedes oponerte en cualquier momento."),
            ("it", "Come Meta usa le informazioni per i modelli di IA generativa. Usiamo post e commenti pubblici degli adulti per addestrare i modelli di Meta AI. La base giuridica è il legittimo interesse. Puoi opporti in qualsiasi momento."),
            ("pt", "Como a Meta utiliza informações para modelos de IA generativa. Utilizamos publicações e comentários públicos de adultos para treinar os modelos da Meta AI. A base legal é o interesse legítimo. Podes opor-te a qualquer momento."),
            ("nl", "Hoe Meta informatie gebruikt voor generatieve AI-modellen. We gebruiken openbare berichten en reacties van volwassenen om de modellen achter Meta AI te trainen. Onze rechtsgrond is gerechtvaardigd belang. Je kunt op elk moment bezwaar maken."),
            ("pl", "Jak Meta wykorzystuje informacje w modelach generatywnej SI. Wykorzystujemy publiczne posty i komentarze dorosłych do trenowania modeli Meta AI. Podstawą prawną jest prawnie uzasadniony interes. W każdej chwili możesz wnieść sprzeciw."),
            ("sv", "Så använder Meta information för generativa AI-modeller. Vi använder offentliga inlägg och kommentarer från vuxna för att träna modellerna bakom Meta AI. Den rättsliga grunden är berättigat intresse. Du kan när som helst invända."),
            ("da", "Sådan bruger Meta oplysninger til generative AI-modeller. Vi bruger offentlige opslag og kommentarer fra voksne til at træne modellerne bag Meta AI. Retsgrundlaget er legitim interesse. Du kan til enhver tid gøre indsigelse."),
            ("nb", "Slik bruker Meta informasjon til generative KI-modeller. Vi bruker offentlige innlegg og kommentarer fra voksne til å trene modellene bak Meta AI. Det rettslige grunnlaget er berettiget interesse. Du kan når som helst protestere."),
            ("fi", "Näin Meta käyttää tietoja generatiivisen tekoälyn malleissa. Käytämme aikuisten julkisia julkaisuja ja kommentteja Meta AI:n mallien kouluttamiseen. Oikeusperusteena on oikeutettu etu. Voit vastustaa milloin tahansa."),
            ("cs", "Jak Meta používá informace pro modely generativní AI. Veřejné příspěvky a komentáře dospělých používáme k trénování modelů Meta AI. Právním základem je oprávněný zájem. Kdykoli můžete vznést námitku."),
            ("sk", "Ako Meta používa informácie pre modely generatívnej AI. Verejné príspevky a komentáre dospelých používame na trénovanie modelov Meta AI. Právnym základom je oprávnený záujem. Kedykoľvek môžete namietať."),
            ("hu", "Hogyan használja a Meta az információkat a generatív MI-modellekhez. A felnőttek nyilvános bejegyzéseit és hozzászólásait a Meta AI modelljeinek betanításához használjuk. A jogalap a jogos érdek. Bármikor tiltakozhatsz."),
            ("ro", "Cum folosește Meta informațiile pentru modelele de IA generativă. Folosim postările și comentariile publice ale adulților pentru a antrena modelele Meta AI. Temeiul juridic este interesul legitim. Te poți opune oricând."),
            ("el", "Πώς χρησιμοποιεί η Meta πληροφορίες για μοντέλα παραγωγικής τεχνητής νοημοσύνης. Χρησιμοποιούμε δημόσιες αναρτήσεις και σχόλια ενηλίκων για την εκπαίδευση των μοντέλων του Meta AI. Η νομική βάση είναι το έννομο συμφέρον. Μπορείτε να αντιταχθείτε ανά πάσα στιγμή."),
            ("bg", "Как Meta използва информация за модели на генеративен ИИ. Използваме публични публикации и коментари на пълнолетни, за да обучаваме моделите на Meta AI. Правното основание е легитимен интерес. Можете да възразите по всяко време."),
            ("hr", "Kako Meta upotrebljava informacije za modele generativne umjetne inteligencije. Javne objave i komentare odraslih upotrebljavamo za treniranje modela Meta AI. Pravna osnova je legitimni interes. Možete uložiti prigovor u bilo kojem trenutku."),
            ("sl", "Kako Meta uporablja informacije za modele generativne umetne inteligence. Javne objave in komentarje odraslih uporabljamo za učenje modelov Meta AI. Pravna podlaga je zakoniti interes. Kadar koli lahko ugovarjate."),
            ("lt", "Kaip „Meta“ naudoja informaciją generatyvinio DI modeliams. Suaugusiųjų viešus įrašus ir komentarus naudojame „Meta AI“ modeliams mokyti. Teisinis pagrindas – teisėtas interesas. Bet kada galite nesutikti."),
            ("lv", "Kā Meta izmanto informāciju ģeneratīvā MI modeļiem. Pieaugušo publiskās ziņas un komentārus izmantojam Meta AI modeļu apmācībai. Juridiskais pamats ir leģitīmās intereses. Jūs jebkurā laikā varat iebilst."),
            ("et", "Kuidas Meta kasutab teavet generatiivse tehisintellekti mudelite jaoks. Kasutame täiskasvanute avalikke postitusi ja kommentaare Meta AI mudelite treenimiseks. Õiguslik alus on õigustatud huvi. Võite igal ajal esitada vastuväite."),
            ("ga", "Conas a úsáideann Meta faisnéis do mhúnlaí AI ghiniúnaigh. Úsáidimid postálacha agus tráchtanna poiblí ó dhaoine fásta chun múnlaí Meta AI a oiliúint. Is é an bunús dlí leasanna dlisteanacha. Is féidir leat agóid a dhéanamh am ar bith."),
            ("mt", "Kif Meta tuża l-informazzjoni għal mudelli tal-IA ġenerattiva. Nużaw postijiet u kummenti pubbliċi ta' adulti biex inħarrġu l-mudelli ta' Meta AI. Il-bażi legali hija l-interess leġittimu. Tista' toġġezzjona fi kwalunkwe ħin."),
            ("is", "Hvernig Meta notar upplýsingar fyrir líkön gervigreindar. Við notum opinberar færslur og athugasemdir fullorðinna til að þjálfa líkön Meta AI. Lagagrundvöllurinn er lögmætir hagsmunir. Þú getur andmælt hvenær sem er."),
        ],
    );
}

/// The confirmation after a sent form, in either Greek word for objection,
/// is recognised as one, not as the form again.
#[test]
fn a_greek_confirmation_in_either_word_is_recognised() {
    for text in [
        "Ευχαριστούμε. Θα σεβαστούμε την εναντίωσή σας στη χρήση των πληροφοριών σας για την τεχνητή νοημοσύνη.",
        "Ευχαριστούμε. Θα σεβαστούμε την αντίρρησή σας στη χρήση των πληροφοριών σας για την τεχνητή νοημοσύνη.",
    ] {
        let kind = kind_at("https://help.instagram.com/contact/767264225370182", "el", text);
        assert_eq!(kind, Some(PageKind::ObjectionConfirmed), "{text}");
    }
}


/// Confirmations worded otherwise than the rules' whole phrases (another
/// word for the objection, other words between) are still recognised, at
/// the form's own URL, where Meta shows them.
#[test]
fn confirmations_worded_another_way_are_recognised() {
    assert_each_is(
        "https://www.facebook.com/help/contact/712876720715583",
        PageKind::ObjectionConfirmed,
        &[
            ("bg", "Благодарим ви. Ще уважим вашето възражение срещу използването на информацията ви за ИИ в Meta."),
            ("cs", "Děkujeme. Vyhovíme vaší žádosti a námitce proti použití vašich informací pro AI ve společnosti Meta."),
            ("da", "Tak. Vi imødekommer din indsigelse mod brugen af dine oplysninger til AI hos Meta."),
            ("el", "Ευχαριστούμε. Λάβαμε την αντίρρησή σας για τη χρήση των πληροφοριών σας για την τεχνητή νοημοσύνη."),
            ("et", "Aitäh. Saime kätte teie esitatud vastuväite teie teabe kasutamise kohta Meta tehisintellekti jaoks."),
            ("fi", "Kiitos. Vastaanotimme tekoälyä koskevan vastustuksesi."),
            ("hr", "Hvala. Primili smo vaš zahtjev i prigovor na upotrebu vaših informacija za umjetnu inteligenciju."),
            ("hu", "Köszönjük. Eleget teszünk a Meta MI-vel kapcsolatos tiltakozásodnak."),
            ("lt", "Ačiū. Gavome jūsų prieštaravimą dėl jūsų informacijos naudojimo „Meta“ DI."),
            ("lt", "Atsižvelgsime į jūsų prieštaravimą dėl informacijos naudojimo „Meta“ DI."),
            ("lv", "Paldies. Mēs saņēmām jūsu iesniegto iebildumu par Meta MI."),
            ("nb", "Takk. Vi kommer til å etterkomme den nye protesten din mot bruk av informasjonen din til AI hos Meta."),
            ("ro", "Mulțumim. Am primit cererea ta de opoziție privind IA de la Meta."),
            ("ro", "Mulțumim. Am primit obiecția ta. Vom da curs obiecției tale."),
            ("it", "Grazie. Abbiamo ricevuto la tua opposizione. Accoglieremo la tua richiesta di opposizione."),
            ("sk", "Ďakujeme. Vyhovieme vašej žiadosti a námietke proti použitiu informácií pre AI v spoločnosti Meta."),
            ("sl", "Hvala. Prejeli smo vaš ugovor glede uporabe informacij za UI pri Meti."),
            // The objection named before the verb, or the verb in the passive.
            ("cs", "Děkujeme. Vaší námitce proti používání vašich informací pro AI ve společnosti Meta vyhovíme."),
            ("sk", "Ďakujeme. Vašej námietke proti používaniu vašich informácií pre AI v spoločnosti Meta vyhovieme."),
            ("nl", "Bedankt. We zullen je bezwaar tegen het gebruik van je informatie voor AI bij Meta honoreren."),
            ("ga", "Go raibh maith agat. Déanfaimid d'agóid a urramú maidir le húsáid d'fhaisnéise do AI ag Meta."),
            ("en", "Thanks. Your objection to your information being used for AI at Meta will be honoured."),
            // As a translation tool words the English "We will honour your objection".
            ("fi", "Hyväksymme vastustuksesi julkisten tietojesi, kuten julkisten julkaisujen ja kommenttien, osalta."),
            ("ro", "Vom onora obiecția ta pentru informațiile tale publice, cum ar fi postările și comentariile publice."),
            ("sl", "Vašemu ugovoru bomo ugodili za vaše javne informacije, kot so javne objave in komentarji."),
            ("hu", "Helyt adunk a tiltakozásodnak a nyilvános információid, például a nyilvános bejegyzések és hozzászólások tekintetében."),
            ("de", "Wir werden deinem Widerspruch in Bezug auf deine öffentlichen Informationen, wie öffentliche Beiträge und Kommentare, nachkommen."),
            ("fr", "Nous accéderons à votre demande d’opposition pour vos informations publiques, comme les publications et commentaires publics."),
            ("es", "Atenderemos tu oposición en relación con tu información pública, como publicaciones y comentarios públicos."),
            ("pt", "Vamos respeitar a tua oposição relativamente às tuas informações públicas, como publicações e comentários públicos."),
            ("sv", "Vi kommer att tillmötesgå din invändning när det gäller din offentliga information, som offentliga inlägg och kommentarer."),
            ("sv", "Tack! Vi kommer att godta din invändning. Du får ett bekräftelsemejl."),
            ("sv", "Invändningen har godtagits. Vi använder inte längre din information för AI hos Meta."),
            ("en", "Your objection has been accepted. We won't use your public information to train our AI models at Meta."),
            ("en", "Request submitted. We'll respect your objection to the use of your information for AI at Meta."),
            // "Honour" put with other verbs, as translators choose them.
            ("hr", "Hvala. Poštovat ćemo vaš prigovor. To znači da ćemo prestati upotrebljavati vaše javne informacije za UI u Meti."),
            ("de", "Danke. Wir werden Ihren Widerspruch respektieren und Ihre Informationen nicht für KI bei Meta verwenden."),
            ("nl", "Bedankt. We zullen je bezwaar respecteren voor je openbare informatie."),
            ("pl", "Dziękujemy. Uszanujemy Twój sprzeciw wobec wykorzystywania Twoich informacji do SI w Meta."),
            ("cs", "Děkujeme. Vaši námitku budeme respektovat u vašich veřejných informací."),
            ("et", "Aitäh. Austame teie vastuväidet teie avaliku teabe osas."),
            ("el", "Ευχαριστούμε. Θα ικανοποιήσουμε την αντίρρησή σας για τις δημόσιες πληροφορίες σας."),
            ("en", "Thanks. We'll uphold your objection for your public information, such as public posts and comments."),
            // The objection accepted, in the passive; or the request received
            // and to be honoured, the objection named before by a pronoun.
            ("en", "Thanks for submitting your objection. We've received your request and we'll honour it. You'll get an email confirming this."),
            ("en", "Your objection has been accepted. We won't use your information to develop and improve AI at Meta from now on."),
            ("de", "Danke für deinen Widerspruch. Wir haben deine Anfrage erhalten und werden ihr nachkommen. Du erhältst eine Bestätigung per E-Mail."),
            ("de", "Dein Widerspruch wurde angenommen. Wir verwenden deine Informationen ab sofort nicht mehr für KI bei Meta."),
            ("fr", "Merci pour votre demande d'opposition. Nous l'avons bien reçue et nous la respecterons. Vous recevrez un e-mail de confirmation."),
            ("fr", "Votre opposition a été acceptée. Nous n'utiliserons plus vos informations pour développer et améliorer l'IA chez Meta."),
            ("es", "Gracias por enviar tu oposición. La hemos recibido y la respetaremos. Recibirás un correo electrónico de confirmación."),
            ("es", "Tu oposición ha sido aceptada. Ya no usaremos tu información para desarrollar y mejorar la IA en Meta."),
            ("it", "Grazie per aver inviato la tua opposizione. L'abbiamo ricevuta e la rispetteremo. Riceverai un'e-mail di conferma."),
            ("it", "La tua opposizione è stata accolta. Non useremo più le tue informazioni per sviluppare e migliorare l'IA di Meta."),
            ("pt", "Obrigado por enviares a tua oposição. Recebemos o teu pedido e vamos respeitá-lo. Vais receber um e-mail de confirmação."),
            ("pt", "A tua oposição foi aceite. Deixaremos de utilizar as tuas informações para desenvolver e melhorar a IA na Meta."),
            ("nl", "Bedankt voor je bezwaar. We hebben je verzoek ontvangen en zullen het honoreren. Je ontvangt een bevestiging per e-mail."),
            ("nl", "Je bezwaar is geaccepteerd. We gebruiken je gegevens niet langer voor AI bij Meta."),
            ("pl", "Dziękujemy za przesłanie sprzeciwu. Otrzymaliśmy Twoje zgłoszenie i je uwzględnimy. Otrzymasz e-mail z potwierdzeniem."),
            ("pl", "Twój sprzeciw został przyjęty. Nie będziemy już wykorzystywać Twoich informacji do rozwijania SI w Meta."),
            ("sv", "Tack för din invändning. Vi har tagit emot din begäran och kommer att respektera den. Du får ett bekräftelsemejl."),
            ("sv", "Din invändning har godkänts. Vi kommer inte längre att använda din information för AI hos Meta."),
            ("da", "Tak for din indsigelse. Vi har modtaget din anmodning og vil efterkomme den. Du modtager en bekræftelse på e-mail."),
            ("da", "Din indsigelse er blevet accepteret. Vi bruger ikke længere dine oplysninger til AI hos Meta."),
            ("fi", "Kiitos vastustuksestasi. Olemme vastaanottaneet pyyntösi ja noudatamme sitä. Saat vahvistuksen sähköpostitse."),
            ("fi", "Vastustuksesi on hyväksytty. Emme enää käytä tietojasi Metan tekoälyn kehittämiseen."),
            ("cs", "Děkujeme za vaši námitku. Vaši žádost jsme obdrželi a vyhovíme jí. Obdržíte potvrzovací e-mail."),
            ("cs", "Vaše námitka byla přijata. Vaše informace už nebudeme používat pro AI ve společnosti Meta."),
            ("hu", "Köszönjük a tiltakozásodat. Megkaptuk a kérésedet, és eleget teszünk neki. Megerősítő e-mailt fogsz kapni."),
            ("hu", "A tiltakozásodat elfogadtuk. A továbbiakban nem használjuk fel az információidat a Meta MI fejlesztéséhez."),
            ("ro", "Îți mulțumim pentru obiecție. Am primit solicitarea ta și o vom respecta. Vei primi un e-mail de confirmare."),
            ("ro", "Obiecția ta a fost acceptată. Nu vom mai folosi informațiile tale pentru IA de la Meta."),
            ("el", "Σας ευχαριστούμε για την αντίρρησή σας. Λάβαμε το αίτημά σας και θα το σεβαστούμε. Θα λάβετε ένα email επιβεβαίωσης."),
            ("el", "Η αντίρρησή σας έγινε αποδεκτή. Δεν θα χρησιμοποιούμε πλέον τις πληροφορίες σας για την ΤΝ στη Meta."),
            ("bg", "Благодарим ви за възражението. Получихме искането ви и ще го уважим. Ще получите имейл за потвърждение."),
            ("bg", "Възражението ви беше прието. Вече няма да използваме информацията ви за ИИ в Meta."),
            ("hr", "Hvala na prigovoru. Primili smo vaš zahtjev i poštovat ćemo ga. Primit ćete e-poruku s potvrdom."),
            ("hr", "Vaš prigovor je prihvaćen. Više nećemo upotrebljavati vaše informacije za AI u Meti."),
            ("sk", "Ďakujeme za vašu námietku. Vašu žiadosť sme prijali a vyhovieme jej. Dostanete potvrdzujúci e-mail."),
            ("sk", "Vaša námietka bola prijatá. Vaše informácie už nebudeme používať na AI v spoločnosti Meta."),
            ("sl", "Hvala za vaš ugovor. Prejeli smo vašo zahtevo in jo bomo upoštevali. Prejeli boste potrditveno e-poštno sporočilo."),
            ("sl", "Vaš ugovor je bil sprejet. Vaših informacij ne bomo več uporabljali za UI pri Meti."),
            ("lt", "Dėkojame už jūsų prieštaravimą. Gavome jūsų prašymą ir į jį atsižvelgsime. Gausite patvirtinimo el. laišką."),
            ("lt", "Jūsų prieštaravimas priimtas. Nebenaudosime jūsų informacijos „Meta“ DI."),
            ("lv", "Paldies par jūsu iebildumu. Mēs saņēmām jūsu pieprasījumu un to ievērosim. Jūs saņemsiet apstiprinājuma e-pasta ziņojumu."),
            ("lv", "Jūsu iebildums ir pieņemts. Mēs vairs neizmantosim jūsu informāciju Meta MI."),
            ("et", "Täname teid vastuväite eest. Saime teie taotluse kätte ja austame seda. Saate kinnitusmeili."),
            ("et", "Teie vastuväide on vastu võetud. Me ei kasuta enam teie teavet Meta tehisintellekti jaoks."),
            ("nb", "Takk for innsigelsen din. Vi har mottatt forespørselen din og vil etterkomme den. Du får en bekreftelse på e-post."),
            ("nb", "Innsigelsen din er godtatt. Vi bruker ikke lenger informasjonen din til KI hos Meta."),
        ],
    );
}

/// A confirmation says the objection was accepted, received or will be
/// respected, in whichever order the translation puts the verb and the
/// objection, and with the words for the objection people use beside
/// Meta's own ("objection" in French, "obiezione" in Italian).
#[test]
fn confirmations_in_either_word_order_are_recognised() {
    assert_each_is(
        "https://www.facebook.com/help/contact/712876720715583",
        PageKind::ObjectionConfirmed,
        &[
            ("nb", "Takk! Vi vil godta innsigelsen din. Du får en bekreftelse på e-post."),
            ("nb", "Innsigelsen din er mottatt, og vi vil respektere den."),
            ("nb", "Vi har mottatt innsigelsen din og kommer til å etterkomme den."),
            ("da", "Din indsigelse er modtaget, og vi vil respektere den."),
            ("da", "Vi har accepteret din indsigelse mod brugen af dine oplysninger til AI hos Meta."),
            ("et", "Oleme sinu vastuväite kätte saanud."),
            ("lt", "Jūsų prieštaravimas gautas ir bus įvykdytas."),
            ("lv", "Jūsu iebildums ir saņemts un tiks ievērots."),
            ("hr", "Vaš prigovor je zaprimljen i bit će uvažen."),
            ("bg", "Вашето възражение беше прието."),
            ("ro", "Obiecția ta a fost primită și va fi respectată."),
            ("ro", "Am acceptat obiecția ta privind informațiile tale publice."),
            ("el", "Η αντίρρησή σας έγινε δεκτή."),
            ("pt", "A tua oposição foi recebida e será respeitada."),
            ("ga", "Go raibh maith agat! Glacfaimid le d'agóid. Gheobhaidh tú ríomhphost dearbhaithe."),
            ("ga", "Glacadh le d'agóid."),
            ("mt", "L-oġġezzjoni tiegħek ġiet aċċettata."),
            ("is", "Andmæli þín hafa verið samþykkt."),
            ("de", "Danke! Wir akzeptieren deinen Widerspruch. Du erhältst eine Bestätigung per E-Mail."),
            ("de", "Dein Widerspruch ist bei uns eingegangen und wird berücksichtigt."),
            ("de", "Wir haben deinem Widerspruch stattgegeben."),
            ("fr", "Votre objection a été acceptée."),
            ("es", "Hemos recibido tu objeción y la tendremos en cuenta."),
            ("it", "Abbiamo accettato la tua obiezione."),
            ("nl", "Bedankt! We accepteren je bezwaar. Je ontvangt een bevestiging per e-mail."),
            ("nl", "Je bezwaar is ontvangen en wordt gehonoreerd."),
            ("fi", "Vastalauseesi on vastaanotettu."),
            ("hu", "A kifogásodat elfogadtuk."),
            ("sv", "Din invändning har tagits emot."),
        ],
    );
    // A condition's word inside a clause, not opening it, leaves the
    // confirmation as it is.
    assert_each_is(
        "https://www.facebook.com/help/contact/712876720715583",
        PageKind::ObjectionConfirmed,
        &[
            ("nb", "Takk for protesten om AI hos Meta; vi har mottatt protesten din."),
            ("sv", "Tack för din begäran om invändning, vi respekterar din invändning."),
            ("en", "Thanks for telling us when and how you use Meta AI. We'll honour your objection."),
        ],
    );
    // The same verbs on the form, before anything was sent, or in a clause
    // that a condition or a time to come opens, confirm nothing.
    for (lang, text) in [
        ("nb", "Objection form. Protester mot at informasjonen din brukes til AI hos Meta. Hvis innsigelsen din godtas, gjelder den fremover."),
        ("de", "Widerspruchsformular. KI bei Meta. Falls dein Widerspruch akzeptiert wird, gilt er künftig."),
        ("nl", "Bezwaar tegen AI bij Meta. Als je bezwaar wordt gehonoreerd, geldt het vanaf dat moment."),
        ("nb", "Hvis innsigelsen din blir mottatt og godtatt, gjelder den fremover."),
        ("nb", "AI hos Meta. Hvis vi godtar innsigelsen din, gjelder den fremover."),
        ("da", "Hvis din indsigelse er modtaget, gælder den fremover."),
        ("da", "AI hos Meta. Hvis vi har accepteret din indsigelse, gælder den fremover."),
        ("et", "Kui oleme sinu vastuväite kätte saanud, kohaldatakse seda edaspidi."),
        ("pt", "Se a tua oposição for recebida e respeitada, será aplicada daqui para a frente."),
        ("de", "Wenn dein Widerspruch bei uns eingegangen ist, prüfen wir ihn."),
        ("fi", "Jos vastalauseesi on vastaanotettu ja hyväksytty, sitä sovelletaan jatkossa."),
        ("hu", "Ha a kifogásodat elfogadtuk, az a jövőben érvényes."),
        ("sv", "Om din invändning har tagits emot och godtagits gäller den framöver."),
        ("en", "Once we've received your objection, we'll send you an email."),
        ("fr", "AI chez Meta. Lorsque nous avons reçu votre objection, nous vous envoyons un e-mail."),
        ("es", "Gracias. Cuando hemos recibido tu objeción, te enviamos un correo."),
        ("ro", "IA la Meta. Dacă am primit obiecția ta, îți trimitem un e-mail."),
    ] {
        let kind = kind_at("https://www.facebook.com/help/contact/712876720715583", lang, text);
        assert_ne!(kind, Some(PageKind::ObjectionConfirmed), "{lang}: {text}");
    }
}

/// The page after "Send" may only say the objection went off: that is
/// Meta's acknowledgement, and the record moves on from "submitted".
#[test]
fn an_objection_sent_is_a_confirmation_in_every_language() {
    let sent = [
        ("bg", "Благодарим ви. Вашето възражение беше изпратено. Ще получите имейл с потвърждение."),
        ("cs", "Děkujeme. Vaše námitka byla odeslána a brzy obdržíte e-mail."),
        ("da", "Tak. Din indsigelse er blevet sendt, og du modtager snart en e-mail."),
        ("de", "Danke. Dein Widerspruch wurde übermittelt. Du erhältst in Kürze eine E-Mail."),
        ("el", "Ευχαριστούμε. Η αντίρρησή σας υποβλήθηκε και θα λάβετε email επιβεβαίωσης."),
        ("en", "Thank you. Your objection has been submitted. You'll receive a confirmation email."),
        ("es", "Gracias. Tu oposición se ha enviado y recibirás un correo electrónico de confirmación."),
        ("et", "Aitäh. Sinu vastuväide on saadetud ja saad peagi kinnitusmeili."),
        ("fi", "Kiitos. Vastustuksesi on lähetetty, ja saat pian vahvistuksen sähköpostiisi."),
        ("fr", "Merci. Votre opposition a bien été envoyée. Vous recevrez un e-mail de confirmation."),
        ("ga", "Go raibh maith agat. Tá d'agóid seolta agus gheobhaidh tú ríomhphost."),
        ("hr", "Hvala. Vaš prigovor je poslan i uskoro ćete primiti e-poruku."),
        ("hu", "Köszönjük. Elküldted a tiltakozásodat, hamarosan e-mailt kapsz."),
        ("is", "Takk. Andmæli þín hafa verið send og þú færð staðfestingu í tölvupósti."),
        ("it", "Grazie. La tua opposizione è stata inviata e riceverai un'e-mail di conferma."),
        ("lt", "Ačiū. Jūsų prieštaravimas išsiųstas, netrukus gausite el. laišką."),
        ("lv", "Paldies. Jūsu iebildums ir nosūtīts, un drīz saņemsiet e-pasta ziņojumu."),
        ("mt", "Grazzi. L-oġġezzjoni tiegħek intbagħtet u se tirċievi email."),
        ("nb", "Takk. Protesten din er sendt, og du får snart en e-post."),
        ("nl", "Bedankt. Je bezwaar is verzonden. Je ontvangt een bevestiging per e-mail."),
        ("pl", "Dziękujemy. Twój sprzeciw został wysłany. Otrzymasz e-mail z potwierdzeniem."),
        ("pt", "Obrigado. A tua oposição foi enviada e vais receber um email de confirmação."),
        ("ro", "Mulțumim. Obiecția ta a fost trimisă și vei primi un e-mail de confirmare."),
        ("sk", "Ďakujeme. Vaša námietka bola odoslaná a čoskoro dostanete e-mail."),
        ("sl", "Hvala. Vaš ugovor je bil poslan in kmalu boste prejeli e-poštno sporočilo."),
        ("sv", "Tack. Din invändning har skickats och du får snart ett e-postmeddelande."),
    ];
    let langs: HashSet<&str> = sent.iter().map(|(l, _)| *l).collect();
    assert_eq!(langs.len(), REQUIRED_LANGUAGES.len());
    for url in ["https://www.facebook.com/help/contact/712876720715583", "https://help.instagram.com/contact/233964459562201"] {
        assert_each_is(url, PageKind::ObjectionConfirmed, &sent);
    }
    // The same words as the form's promise of what follows confirm nothing:
    // the form still asks for the statement.
    let label = "Tell us how this processing impacts you";
    let mut form = page_at(
        "https://www.facebook.com/help/contact/712876720715583",
        "en",
        "Object to your information being used for AI at Meta. Once your objection has been submitted, you'll get an email.",
    );
    form.blocks.push(Block { text: label.into(), ..Default::default() });
    form.controls.push(Control {
        key: 1,
        tag: "textarea".into(),
        labels: vec![Label { source: LabelSource::LabelFor, text: label.into() }],
        ..Default::default()
    });
    assert_eq!(objection::analyse(&form).map(|a| a.page.kind), Some(PageKind::ObjectionForm));
}

/// "Your request has been submitted" confirms the objection only where the
/// objection form was and its fields are gone: the same words follow any
/// request on any page.
#[test]
fn a_request_acknowledged_where_the_form_was_is_a_confirmation() {
    let acknowledged = [
        ("bg", "Благодарим ви. Заявката ви беше изпратена успешно."),
        ("cs", "Děkujeme. Vaše žádost byla odeslána."),
        ("da", "Tak. Din anmodning er blevet sendt."),
        ("de", "Vielen Dank. Deine Anfrage wurde übermittelt."),
        ("el", "Ευχαριστούμε. Το αίτημά σας υποβλήθηκε."),
        ("en", "Thanks. Your request has been submitted."),
        ("es", "Gracias. Hemos recibido tu solicitud."),
        ("et", "Aitäh. Sinu taotlus on saadetud."),
        ("fi", "Kiitos. Pyyntösi on lähetetty."),
        ("fr", "Merci. Votre demande a bien été envoyée."),
        ("ga", "Go raibh maith agat. Fuaireamar d'iarratas."),
        ("hr", "Hvala. Vaš zahtjev je poslan."),
        ("hu", "Köszönjük. Megkaptuk a kérelmedet."),
        ("is", "Takk. Beiðni þín hefur verið send."),
        ("it", "Grazie. La tua richiesta è stata inviata."),
        ("lt", "Ačiū. Jūsų prašymas išsiųstas."),
        ("lv", "Paldies. Jūsu pieprasījums ir nosūtīts."),
        ("mt", "Grazzi. It-talba tiegħek intbagħtet."),
        ("nb", "Takk. Forespørselen din er sendt."),
        ("nl", "Bedankt. We hebben je verzoek ontvangen."),
        ("pl", "Dziękujemy. Twoje zgłoszenie zostało wysłane."),
        ("pt", "Obrigado. O teu pedido foi enviado."),
        ("ro", "Mulțumim. Solicitarea ta a fost trimisă."),
        ("sk", "Ďakujeme. Vaša žiadosť bola odoslaná."),
        ("sl", "Hvala. Vaša zahteva je bila poslana."),
        ("sv", "Tack. Din begäran har skickats."),
    ];
    let langs: HashSet<&str> = acknowledged.iter().map(|(l, _)| *l).collect();
    assert_eq!(langs.len(), REQUIRED_LANGUAGES.len());
    for url in [
        "https://www.facebook.com/help/contact/6359191084165019",
        "https://help.instagram.com/contact/233964459562201",
        "https://www.whatsapp.com/contact/forms/382532939919295/",
    ] {
        assert_each_is(url, PageKind::ObjectionConfirmed, &acknowledged);
    }
    for (lang, text) in acknowledged {
        // Elsewhere the words follow any request: a help page, the feed, another contact form.
        for url in ["https://www.facebook.com/help/1234567890", "https://www.facebook.com/", "https://www.facebook.com/help/contact/999"] {
            assert_eq!(kind_at(url, lang, text), None, "{lang} at {url}: {text}");
        }
    }
    // Where the form still asks for the statement or a code, it is that step.
    let with = |tag: &str, label: &str| {
        let mut page = page_at("https://www.facebook.com/help/contact/6359191084165019", "en", "Your request has been submitted.");
        page.blocks.push(Block { text: label.into(), ..Default::default() });
        page.controls.push(Control {
            key: 1,
            tag: tag.into(),
            labels: vec![Label { source: LabelSource::LabelFor, text: label.into() }],
            ..Default::default()
        });
        objection::analyse(&page).map(|a| a.page.kind)
    };
    assert_eq!(with("textarea", "Tell us how this processing impacts you"), Some(PageKind::ObjectionForm));
    assert_eq!(with("input", "Confirmation code"), Some(PageKind::CodeStep));
}

/// A notice may say Meta respects the right to object, in a confirmation's
/// words: at a notice's address, or beside the notice's legitimate
/// interests elsewhere, the page stays the notice.
#[test]
fn a_respected_right_to_object_on_a_notice_is_no_confirmation() {
    let cases = [
        ("da", "AI hos Meta. Vi bruger legitime interesser. Vi respekterer din ret til at gøre indsigelse."),
        ("sv", "AI hos Meta. Vi använder berättigade intressen. Vi kommer att respektera din rätt till invändning."),
        ("cs", "AI v Meta. Oprávněné zájmy. Respektujeme vaše právo vznést námitku."),
        ("de", "KI bei Meta. Berechtigte Interessen. Deinen Widerspruch werden wir respektieren, wenn du ihn einreichst."),
        ("nl", "AI bij Meta. Gerechtvaardigde belangen. We respecteren je recht om bezwaar te maken."),
        ("es", "IA de Meta. Intereses legítimos. Respetaremos tu derecho de oposición."),
    ];
    for url in ["https://www.facebook.com/privacy/genai", "https://www.facebook.com/help/98765"] {
        for (lang, text) in cases {
            assert_eq!(kind_at(url, lang, text), Some(PageKind::AiNotice), "{url} {lang}: {text}");
        }
    }
    // After a sent form, at the form's address, the same words confirm.
    let sent = "Thanks. We'll respect your objection to the use of your information for AI at Meta.";
    assert_eq!(kind_at("https://www.facebook.com/help/contact/712876720715583", "en", sent), Some(PageKind::ObjectionConfirmed));
}

/// Two articles outside a feed are people's posts on a profile, but
/// sections of Meta's own text on a help or privacy page.
#[test]
fn several_articles_are_posts_on_a_profile_and_sections_on_a_help_page() {
    let notice = ["Meta will use public posts to develop and improve AI at Meta, relying on legitimate interests.", "You have the right to object."];
    let at = |url: &str| {
        let blocks = notice.iter().enumerate().map(|(i, t)| Block { text: t.to_string(), roles: "main article".into(), article: i as u32 + 1, ..Default::default() }).collect();
        objection::analyse(&Snapshot { url: url.into(), lang: "en".into(), blocks, ..Default::default() }).map(|a| a.page.kind)
    };
    assert_eq!(at("https://www.facebook.com/ana.silva.123"), None, "a timeline quoting the notice");
    assert_eq!(at("https://www.facebook.com/help/1234567890"), Some(PageKind::AiNotice));
    assert_eq!(at("https://help.instagram.com/1234567890"), Some(PageKind::AiNotice));
    // One post on its own page, at its author's address: one article, and
    // still people's words.
    let one_post = |url: &str| {
        let block = Block { text: notice.join(" "), roles: "main article".into(), article: 1, ..Default::default() };
        objection::analyse(&Snapshot { url: url.into(), lang: "en".into(), blocks: vec![block], ..Default::default() }).map(|a| a.page.kind)
    };
    assert_eq!(one_post("https://www.facebook.com/ana.silva.123/posts/pfbid0abc"), None, "a post quoting the notice");
    assert_eq!(one_post("https://www.instagram.com/privacy.activist/p/C7abc123/"), None, "a post quoting the notice");
    assert_eq!(one_post("https://www.facebook.com/privacy/genai"), Some(PageKind::AiNotice));
}

/// A conditional honour ("if we honour your objection") holds a
/// confirmation's words in many languages; on a notice, which has no form
/// to tell it apart, it must leave the page the notice.
#[test]
fn a_conditional_honour_on_a_notice_is_no_confirmation() {
    let rules = parse_all().unwrap();
    let mut checked = 0;
    for l in &rules.languages {
        let topic = l.signals.ai_topic[0].text().trim_end_matches('*');
        for f in l.flags.iter().filter(|f| f.category == Category::ConditionalHonour) {
            for e in &f.examples {
                let text = format!("{topic}. {e}");
                let kind = kind_at("https://www.facebook.com/privacy/genai", &l.lang, &text);
                assert_eq!(kind, Some(PageKind::AiNotice), "{}: {text:?}", f.id);
                checked += 1;
            }
        }
    }
    assert!(checked >= 50, "only {checked} examples");
    // On a contact form too, a confirmation's words later in the sentence of
    // a condition confirm nothing.
    for (lang, text) in [
        ("en", "Object to your information being used for AI at Meta. If your objection is accepted, your objection to the use of your information will be honoured going forward."),
        ("nl", "Bezwaar tegen AI bij Meta. Als je bezwaar wordt ingewilligd, zullen we je bezwaar honoreren vanaf dat moment."),
        // A confirmation's passive ("has been accepted") under "if".
        ("hr", "Ako je prigovor prihvaćen, primjenjivat će se ubuduće."),
        ("sk", "Ak námietka bola prijatá, bude sa uplatňovať do budúcnosti."),
        ("cs", "Pokud námitka byla přijata, bude uplatněna do budoucna."),
        ("lt", "Jei prieštaravimas priimtas, jis bus taikomas ateityje."),
        ("lv", "Ja iebildums ir pieņemts, tas tiks piemērots turpmāk."),
        ("et", "Kui vastuväide on rahuldatud, kohaldatakse seda edaspidi."),
        ("nb", "Hvis innsigelsen er tatt til følge, gjelder den fremover."),
        ("da", "Hvis din indsigelse er accepteret, gælder den fremover."),
        ("sv", "Om din invändning har godkänts gäller den framöver."),
        ("nl", "Als je bezwaar is geaccepteerd, wordt het voortaan toegepast."),
        ("de", "Falls dein Widerspruch angenommen wurde, gilt er künftig."),
        ("it", "Se la tua opposizione è stata accolta, verrà applicata d'ora in poi."),
        ("pt", "Se a tua oposição foi aceite, será aplicada daqui para a frente."),
        ("es", "Si tu oposición ha sido aceptada, se aplicará de ahora en adelante."),
        ("ro", "Dacă obiecția ta a fost acceptată, aceasta se va aplica de acum înainte."),
        ("fi", "Jos vastustuksesi on hyväksytty, sitä sovelletaan jatkossa."),
        ("pl", "Jeśli sprzeciw został przyjęty, będzie stosowany w przyszłości."),
        ("bg", "Ако възражението ви е прието, то ще се прилага занапред."),
        ("sl", "Če je bil ugovor sprejet, bo veljal v prihodnje."),
        ("el", "Εάν η αντίρρησή σας έγινε αποδεκτή, θα ισχύει από εδώ και πέρα."),
        ("hu", "Ha a tiltakozásodat elfogadtuk, az a jövőben érvényes."),
    ] {
        assert_eq!(kind_at("https://www.facebook.com/help/contact/712876720715583", lang, text), Some(PageKind::ObjectionForm), "{text}");
    }
}

/// The third-party form's choice "I want to object …" is found however the
/// rest of the option is worded, and a choice that objects to nothing is not.
#[test]
fn the_objection_choice_is_found_worded_another_way() {
    use objection::phrases::{index, Meaning};
    let choice = |key: u32, text: &str| Control {
        key,
        tag: "input".into(),
        input_type: "radio".into(),
        labels: vec![Label { source: LabelSource::LabelWrap, text: text.into() }],
        ..Default::default()
    };
    for (lang, object, other) in [
        ("bg", "Искам да възразя срещу използването на личната ми информация", "Имам друг проблем"),
        ("cs", "Chci podat námitku proti zpracování informací od třetích stran", "Mám jiný problém"),
        ("da", "Jeg vil gøre indsigelse mod behandlingen af mine oplysninger", "Jeg har et andet problem"),
        ("de", "Ich möchte der Nutzung meiner Daten von Dritten widersprechen", "Ich habe ein anderes Anliegen"),
        ("el", "Θέλω να αντιταχθώ στη χρήση των πληροφοριών μου", "Έχω άλλο ζήτημα"),
        ("en", "I want to object to my information from third parties being used", "I have a different issue"),
        ("es", "Quiero oponerme al uso de mi información de terceros", "Tengo otro problema"),
        ("et", "Soovin esitada vastuväite oma andmete kasutamisele", "Mul on muu probleem"),
        ("fi", "Haluan vastustaa tietojeni käyttöä", "Minulla on muu ongelma"),
        ("fr", "Je souhaite vraiment m'opposer à l'utilisation de mes données", "J'ai un autre problème"),
        ("hr", "Želim podnijeti prigovor na upotrebu mojih podataka", "Imam drugi problem"),
        ("hu", "Szeretnék tiltakozni az adataim felhasználása ellen", "Más problémám van"),
        ("it", "Voglio davvero oppormi all'uso delle mie informazioni", "Ho un altro problema"),
        ("lt", "Noriu prieštarauti mano informacijos naudojimui", "Turiu kitą problemą"),
        ("lv", "Es vēlos iebilst pret manas informācijas izmantošanu", "Man ir cita problēma"),
        ("nb", "Jeg vil protestere mot bruken av opplysningene mine", "Jeg har et annet problem"),
        ("nl", "Ik wil bezwaar maken tegen het gebruik van mijn gegevens", "Ik heb een ander probleem"),
        ("pl", "Chcę sprzeciwić się przetwarzaniu moich danych osobowych od osób trzecich", "Mam inny problem"),
        ("pt", "Quero opor-me à utilização das minhas informações", "Tenho outro problema"),
        ("ro", "Vreau să mă opun utilizării informațiilor mele", "Am o altă problemă"),
        ("sk", "Chcem namietať proti použitiu mojich údajov", "Mám iný problém"),
        ("sl", "Želim ugovarjati uporabi mojih podatkov", "Imam drugo težavo"),
        ("sv", "Jag vill invända mot användningen av mina uppgifter", "Jag har ett annat problem"),
    ] {
        let controls = [choice(1, other), choice(2, object)];
        let found = objection::fields::choices_meaning(&controls, index(), Meaning::ObjectOption);
        assert_eq!(found, [2], "{lang}: {object:?} against {other:?}");
    }
    // The request named by a noun, as a list of request types may put it
    // ("Objection to processing"), or with the restriction beside it.
    for (lang, object) in [
        ("en", "Object to or restrict the processing of my information"),
        ("en", "Objection to processing"),
        ("de", "Widerspruch gegen die Verarbeitung"),
        ("de", "Ich möchte die Verarbeitung einschränken oder ihr widersprechen"),
        ("fr", "Opposition au traitement"),
        ("fr", "Je veux m'opposer au traitement de mes informations personnelles ou le limiter"),
        ("es", "Oposición al tratamiento"),
        ("es", "Quiero oponerme al tratamiento de mis datos o limitarlo"),
        ("it", "Opposizione al trattamento"),
        ("it", "Desidero oppormi al trattamento dei miei dati"),
        ("pt", "Oposição ao tratamento"),
        ("pt", "Pretendo opor-me ao tratamento dos meus dados"),
        ("nl", "Bezwaar tegen verwerking"),
        ("nl", "Ik wil bezwaar maken tegen of de verwerking beperken"),
        ("pl", "Sprzeciw wobec przetwarzania"),
        ("pl", "Chcę wnieść sprzeciw wobec przetwarzania moich danych"),
        ("sv", "Invändning mot behandling"),
        ("sv", "Jag vill invända mot eller begränsa behandlingen"),
        ("da", "Indsigelse mod behandling"),
        ("nb", "Innsigelse mot behandling"),
        ("fi", "Käsittelyn vastustaminen"),
        ("cs", "Námitka proti zpracování"),
        ("sk", "Námietka proti spracúvaniu"),
        ("hu", "Tiltakozás az adatkezelés ellen"),
        ("ro", "Opoziție la prelucrare"),
        ("ro", "Obiecție la prelucrare"),
        ("el", "Εναντίωση στην επεξεργασία"),
        ("bg", "Възражение срещу обработването"),
        ("hr", "Prigovor na obradu"),
        ("sl", "Ugovor zoper obdelavo"),
        ("lt", "Prieštaravimas dėl tvarkymo"),
        ("lv", "Iebildumi pret apstrādi"),
        ("et", "Vastuväide töötlemisele"),
    ] {
        let controls = [choice(1, "I have a different issue"), choice(2, object)];
        let found = objection::fields::choices_meaning(&controls, index(), Meaning::ObjectOption);
        assert_eq!(found, [2], "{lang}: {object:?}");
    }
}

/// Browsers have no region names in Irish, Maltese or Icelandic (Chromium
/// answers in English), so those rule files name every country the
/// settings offer first; no file names a code that is not one.
#[test]
fn country_names_cover_the_languages_browsers_lack() {
    let rules = parse_all().unwrap();
    for l in &rules.languages {
        for (code, name) in &l.country_names {
            assert!(objection::countries::PRIORITY.contains(&code.as_str()), "{}: {code} is not offered", l.lang);
            assert!(!name.trim().is_empty(), "{}: {code} has no name", l.lang);
        }
        if ["ga", "mt", "is"].contains(&l.lang.as_str()) {
            for code in objection::countries::PRIORITY {
                assert!(l.country_names.contains_key(*code), "{}: no name for {code}", l.lang);
            }
        }
    }
}

/// The emailed-code step, worded as a translation tool words "We sent a
/// code to …. Enter the code to confirm your objection."
#[test]
fn the_code_step_worded_another_way_is_recognised() {
    for (lang, text) in [
        ("de", "Wir haben einen Code an a***@example.org gesendet. Gib den Code ein, um deinen Widerspruch zu bestätigen."),
        ("pt", "Enviámos um código para a***@example.org. Introduz o código para confirmar a tua oposição."),
        ("en", "Check your email. We sent a 6-digit code to a***@example.org. Enter it below to confirm your objection."),
        // "We sent a code" with the words in other places.
        ("cs", "Na váš e-mail jsme poslali kód. Zadejte ho níže."),
        ("fi", "Lähetimme koodin sähköpostiisi. Syötä se alle."),
        ("nl", "We hebben een code naar je e-mailadres gestuurd. Voer deze hieronder in."),
        ("lv", "Mēs nosūtījām kodu uz jūsu e-pasta adresi. Ievadiet to zemāk."),
        ("el", "Στείλαμε έναν κωδικό στο email σας. Εισαγάγετέ τον παρακάτω."),
        ("en", "We've emailed you a code. Enter it below to continue."),
        ("pt", "Insere o código que enviámos para o teu e-mail."),
        ("sv", "Skriv koden som vi mejlade till dig."),
        ("hu", "Írd be az e-mailben küldött kódot."),
        // "Check your email. We sent a 6-digit code to …", the code's length
        // in figures or in a word.
        ("en", "Check your email. We sent a 6-digit code to a***@example.org."),
        ("de", "Prüfe deine E-Mails. Wir haben einen 6-stelligen Code an a***@example.org gesendet."),
        ("fr", "Consultez vos e-mails. Nous avons envoyé un code à 6 chiffres à a***@example.org."),
        ("es", "Revisa tu correo. Te hemos enviado un código de 6 dígitos a a***@example.org."),
        ("it", "Controlla la tua e-mail. Abbiamo inviato un codice di 6 cifre a a***@example.org."),
        ("pt", "Verifica o teu e-mail. Enviámos um código de 6 dígitos para a***@example.org."),
        ("nl", "Controleer je e-mail. We hebben een code van 6 cijfers naar a***@example.org gestuurd."),
        ("pl", "Sprawdź pocztę e-mail. Wysłaliśmy 6-cyfrowy kod na adres a***@example.org."),
        ("sv", "Kolla din e-post. Vi har skickat en sexsiffrig kod till a***@example.org."),
        ("da", "Tjek din e-mail. Vi har sendt en 6-cifret kode til a***@example.org."),
        ("nb", "Sjekk e-posten din. Vi har sendt en sekssifret kode til a***@example.org."),
        ("fi", "Tarkista sähköpostisi. Lähetimme 6-numeroisen koodin osoitteeseen a***@example.org."),
        ("cs", "Zkontrolujte e-mail. Poslali jsme šestimístný kód na adresu a***@example.org."),
        ("sk", "Skontrolujte e-mail. Poslali sme šesťmiestny kód na adresu a***@example.org."),
        ("hu", "Nézd meg az e-mailjeidet. Hatjegyű kódot küldtünk a következő címre: a***@example.org."),
        ("ro", "Verifică-ți e-mailul. Am trimis un cod din 6 cifre la a***@example.org."),
        ("el", "Ελέγξτε το email σας. Στείλαμε έναν εξαψήφιο κωδικό στη διεύθυνση a***@example.org."),
        ("bg", "Проверете имейла си. Изпратихме 6-цифрен код на a***@example.org."),
        ("hr", "Provjerite e-poštu. Poslali smo šesteroznamenkasti kôd na a***@example.org."),
        ("sl", "Preverite e-pošto. Poslali smo šestmestno kodo na a***@example.org."),
        ("lt", "Patikrinkite el. paštą. Išsiuntėme 6 skaitmenų kodą adresu a***@example.org."),
        ("lv", "Pārbaudiet e-pastu. Mēs nosūtījām 6 ciparu kodu uz a***@example.org."),
        ("et", "Kontrollige oma e-posti. Saatsime 6-kohalise koodi aadressile a***@example.org."),
    ] {
        let mut snapshot = page_at("https://www.facebook.com/help/contact/712876720715583", lang, text);
        snapshot.controls.push(objection::snapshot::Control {
            key: 1,
            tag: "input".into(),
            labels: vec![objection::snapshot::Label { source: objection::snapshot::LabelSource::LabelWrap, text: "Code".into() }],
            ..Default::default()
        });
        let kind = objection::analyse(&snapshot).map(|a| a.page.kind);
        assert_eq!(kind, Some(PageKind::CodeStep), "{lang}: {text}");
    }
}

/// "Enter the 6-digit code we sent to your email", as the code box's own
/// label and the page's only words, in every language: the adjective
/// between the verb and the code, and the code in the case the verb asks.
#[test]
fn the_code_boxs_own_label_makes_the_code_step() {
    let sentences = [
        ("bg", "Въведете 6-цифрения код, който изпратихме на имейла ви, за да потвърдите възражението си."),
        ("cs", "Zadejte šestimístný kód, který jsme vám poslali e-mailem, a potvrďte námitku."),
        ("da", "Indtast den 6-cifrede kode, vi har sendt til din e-mail, for at bekræfte din indsigelse."),
        ("de", "Gib den 6-stelligen Code ein, den wir an deine E-Mail-Adresse gesendet haben, um deinen Widerspruch zu bestätigen."),
        ("el", "Εισαγάγετε τον 6ψήφιο κωδικό που στείλαμε στο email σας για να επιβεβαιώσετε την εναντίωσή σας."),
        ("et", "Sisesta 6-kohaline kood, mille saatsime sinu e-posti aadressile, et vastuväide kinnitada."),
        ("fi", "Anna 6-numeroinen koodi, jonka lähetimme sähköpostiisi, vahvistaaksesi vastustuksesi."),
        ("hr", "Unesite šesteroznamenkasti kôd koji smo vam poslali e-poštom kako biste potvrdili prigovor."),
        ("hu", "Add meg a 6 számjegyű kódot, amelyet e-mailben küldtünk, hogy megerősítsd a tiltakozásodat."),
        ("is", "Sláðu inn 6 stafa kóðann sem við sendum á netfangið þitt til að staðfesta andmælin."),
        ("lt", "Įveskite 6 skaitmenų kodą, kurį išsiuntėme jūsų el. paštu, kad patvirtintumėte prieštaravimą."),
        ("lv", "Ievadiet 6 ciparu kodu, ko nosūtījām uz jūsu e-pastu, lai apstiprinātu iebildumu."),
        ("nb", "Skriv inn den 6-sifrede koden vi sendte til e-posten din for å bekrefte protesten."),
        ("pl", "Wpisz 6-cyfrowy kod, który wysłaliśmy na Twój adres e-mail, aby potwierdzić sprzeciw."),
        ("ro", "Introdu codul de 6 cifre pe care ți l-am trimis pe e-mail pentru a-ți confirma opoziția."),
        ("sk", "Zadajte 6-miestny kód, ktorý sme vám poslali e-mailom, a potvrďte námietku."),
        ("sl", "Vnesite 6-mestno kodo, ki smo vam jo poslali po e-pošti, da potrdite ugovor."),
        ("sv", "Ange den 6-siffriga koden som vi skickade till din e-post för att bekräfta din invändning."),
    ];
    for (lang, text) in sentences {
        let mut snapshot = page_at("https://www.facebook.com/help/contact/712876720715583", lang, text);
        snapshot.controls.push(objection::snapshot::Control {
            key: 1,
            tag: "input".into(),
            labels: vec![objection::snapshot::Label { source: objection::snapshot::LabelSource::LabelFor, text: text.into() }],
            ..Default::default()
        });
        let kind = objection::analyse(&snapshot).map(|a| a.page.kind);
        assert_eq!(kind, Some(PageKind::CodeStep), "{lang}: {text}");
    }
}

/// The third-party form under an id the rules do not know, its title and
/// choice worded as a translation tool words the English: recognised by
/// "information from third parties" in whatever order and case.
#[test]
fn a_third_party_form_worded_another_way_is_recognised() {
    assert_each_is(
        "https://www.facebook.com/help/contact/888777666555444",
        PageKind::ThirdPartyForm,
        &[
            // "Personal data from third parties", as translations also put it.
            ("en", "Request about your personal data from third parties used for AI at Meta"),
            ("de", "Anfrage zu deinen personenbezogenen Daten von Dritten, die für KI bei Meta verwendet werden"),
            ("fr", "Demande concernant vos données personnelles provenant de tiers utilisées pour l'IA chez Meta"),
            ("es", "Solicitud sobre tus datos personales de terceros usados para la IA en Meta"),
            ("it", "Richiesta sui tuoi dati personali provenienti da terzi usati per l'IA di Meta"),
            ("pt", "Pedido sobre os teus dados pessoais de terceiros usados para a IA na Meta"),
            ("nl", "Verzoek over je persoonsgegevens van derden die worden gebruikt voor AI bij Meta"),
            ("pl", "Wniosek dotyczący Twoich danych osobowych pochodzących od osób trzecich wykorzystywanych do SI w Meta"),
            ("sv", "Begäran om dina personuppgifter från tredje part som används för AI hos Meta"),
            ("da", "Anmodning om dine personoplysninger fra tredjeparter, der bruges til AI hos Meta"),
            ("nb", "Forespørsel om personopplysningene dine fra tredjeparter som brukes til KI hos Meta"),
            ("fi", "Pyyntö kolmansilta osapuolilta peräisin olevista henkilötiedoistasi, joita käytetään Metan tekoälyyn"),
            ("cs", "Žádost týkající se vašich osobních údajů od třetích stran používaných pro AI ve společnosti Meta"),
            ("sk", "Žiadosť týkajúca sa vašich osobných údajov od tretích strán používaných na AI v spoločnosti Meta"),
            ("sl", "Zahteva glede vaših osebnih podatkov tretjih oseb, ki se uporabljajo za UI pri Meti"),
            ("hr", "Zahtjev u vezi s vašim osobnim podacima trećih strana koji se upotrebljavaju za UI u Meti"),
            ("hu", "Kérelem a harmadik felektől származó, a Meta MI-hez használt személyes adataiddal kapcsolatban"),
            ("ro", "Solicitare privind datele tale personale de la terți folosite pentru IA la Meta"),
            ("el", "Αίτημα σχετικά με τα προσωπικά σας δεδομένα από τρίτους που χρησιμοποιούνται για την ΤΝ στη Meta"),
            ("bg", "Искане относно личните ви данни от трети страни, използвани за ИИ в Meta"),
            ("et", "Taotlus sinu kolmandatelt isikutelt pärit isikuandmete kohta, mida kasutatakse Meta tehisintellekti jaoks"),
            ("lv", "Pieprasījums par jūsu personas datiem no trešajām personām, ko izmanto MI uzņēmumā Meta"),
            ("lt", "Užklausa dėl jūsų asmens duomenų iš trečiųjų šalių, naudojamų Meta DI"),
            ("ga", "Iarratas faoi do shonraí pearsanta ó thríú páirtithe a úsáidtear le haghaidh AI ag Meta"),
            ("mt", "Talba dwar id-data personali tiegħek minn partijiet terzi użata għall-AI f'Meta"),
            ("is", "Beiðni um persónuupplýsingar þínar frá þriðju aðilum sem eru notaðar fyrir gervigreind hjá Meta"),
            ("hr", "Prava ispitanika za informacije trećih strana koje se koriste za umjetnu inteligenciju u Meti. Želim uložiti prigovor na obradu svojih osobnih podataka trećih strana."),
            ("lv", "Datu subjektu tiesības attiecībā uz trešo pušu informāciju, kas tiek izmantota Meta AI. Es vēlos iebilst pret savu personas datu no trešajām pusēm apstrādi."),
            ("et", "Andmesubjekti õigused seoses kolmandatelt isikutelt saadud teabega, mida kasutatakse Meta tehisintellekti jaoks."),
            ("hu", "Az érintettek jogai a Metánál működő MI-hez felhasznált, harmadik felektől származó információk tekintetében."),
            ("nb", "Den registrertes rettigheter for tredjepartsinformasjon som brukes til AI hos Meta."),
            ("cs", "Práva subjektů údajů týkající se informací od třetích stran používaných pro AI ve společnosti Meta."),
            ("ro", "Drepturile persoanelor vizate pentru informațiile de la terți utilizate pentru AI de la Meta."),
            ("el", "Δικαιώματα υποκειμένων δεδομένων για πληροφορίες τρίτων που χρησιμοποιούνται για την τεχνητή νοημοσύνη στη Meta."),
            ("es", "Derechos de los interesados sobre la información de terceros utilizada para la IA en Meta."),
            ("pl", "Prawa osób, których dane dotyczą, w odniesieniu do informacji od osób trzecich wykorzystywanych do sztucznej inteligencji w Meta."),
            ("pt", "Direitos dos titulares dos dados relativos a informações de terceiros utilizadas para a IA na Meta."),
            // "Third-party information" in the word orders translators choose.
            ("fr", "Droits des personnes concernées concernant les informations de tiers utilisées pour l'IA chez Meta"),
            ("it", "Diritti dell'interessato per le informazioni di terze parti utilizzate per l'IA di Meta"),
            ("da", "Den registreredes rettigheder for tredjepartsoplysninger, der bruges til AI hos Meta"),
            ("fi", "Rekisteröidyn oikeudet kolmansien osapuolten tietoihin, joita käytetään Metan tekoälyssä"),
            ("pl", "Prawa osób, których dane dotyczą, w odniesieniu do informacji od stron trzecich wykorzystywanych do SI w Meta"),
            ("sk", "Práva dotknutých osôb v súvislosti s informáciami tretích strán používanými pre AI v Meta"),
            ("is", "Réttindi skráðra einstaklinga vegna upplýsinga frá þriðju aðilum sem notaðar eru fyrir gervigreind hjá Meta"),
        ],
    );
}

/// The one-question step before the form ("Is your request about AI at
/// Meta?") is told apart however the question is put.
#[test]
fn the_pre_step_question_is_recognised_worded_another_way() {
    for (lang, question) in [
        ("de", "Betrifft deine Anfrage KI bei Meta?"),
        ("en", "Does your request relate to AI at Meta?"),
        ("es", "¿Tu solicitud tiene que ver con la IA de Meta?"),
        ("fr", "Votre demande porte-t-elle sur l'IA de Meta ?"),
        ("it", "La richiesta riguarda l'IA?"),
        ("nl", "Heeft je verzoek betrekking op AI bij Meta?"),
        ("pl", "Czy Twoja prośba dotyczy SI w Meta?"),
        ("pt", "O seu pedido diz respeito à IA da Meta?"),
        ("sv", "Handlar din begäran om AI hos Meta?"),
        ("cs", "Týká se vaše žádost umělé inteligence?"),
        ("hu", "A kérelmed a Meta MI-vel kapcsolatos?"),
        ("ro", "Cererea ta are legătură cu IA de la Meta?"),
        // As a translation tool words it, with "AI" for the local abbreviation.
        ("ro", "Solicitarea ta se referă la AI de la Meta?"),
        ("lv", "Vai jūsu pieprasījums ir saistīts ar Meta AI?"),
        ("bg", "Отнася ли се вашето искане до ИИ в Meta?"),
        ("en", "Is this about AI at Meta?"),
        ("pl", "Czy Twoja prośba dotyczy AI w Meta?"),
        ("et", "Kas teie taotlus puudutab Meta AI-d?"),
        ("fi", "Liittyykö pyyntösi Metan AI:hin?"),
        ("el", "Αφορά το αίτημά σας την AI στη Meta;"),
        ("bg", "Свързано ли е запитването ви с AI в Meta?"),
        ("hr", "Odnosi li se vaš zahtjev na AI u Meti?"),
        ("sl", "Ali se vaša zahteva nanaša na AI pri Meti?"),
        ("lt", "Ar jūsų užklausa susijusi su „Meta“ AI?"),
        ("lv", "Vai jūsu pieprasījums attiecas uz Meta MI?"),
        ("nb", "Gjelder forespørselen din KI hos Meta?"),
        ("mt", "It-talba tiegħek hija relatata mal-AI f'Meta?"),
        // Asked with other verbs and nouns ("Geht es bei deiner Anfrage um …").
        ("en", "Does your question relate to AI at Meta?"),
        ("en", "Are you contacting us about AI at Meta?"),
        ("de", "Geht es bei deiner Anfrage um KI bei Meta?"),
        ("de", "Hat deine Anfrage mit KI bei Meta zu tun?"),
        ("fr", "Votre demande est-elle liée à l'IA chez Meta ?"),
        ("fr", "S'agit-il de l'IA chez Meta ?"),
        ("es", "¿Tu solicitud tiene relación con la IA en Meta?"),
        ("es", "¿Tu consulta es sobre la IA en Meta?"),
        ("it", "La tua richiesta è relativa all'IA di Meta?"),
        ("it", "La tua domanda riguarda l'IA di Meta?"),
        ("pt", "O teu pedido está relacionado com a IA na Meta?"),
        ("pt", "O teu pedido diz respeito à IA na Meta?"),
        ("nl", "Gaat je verzoek over AI bij Meta?"),
        ("pl", "Czy Twoje zgłoszenie dotyczy SI w Meta?"),
        ("sv", "Gäller din förfrågan AI hos Meta?"),
        ("da", "Handler din anmodning om AI hos Meta?"),
        ("da", "Vedrører din anmodning AI hos Meta?"),
        ("nb", "Handler forespørselen din om AI hos Meta?"),
        ("fi", "Liittyykö pyyntösi Metan tekoälyyn?"),
        ("fi", "Koskeeko pyyntösi Metan tekoälyä?"),
        ("cs", "Týká se vaše žádost AI ve společnosti Meta?"),
        ("sk", "Týka sa vaša žiadosť AI v spoločnosti Meta?"),
        ("hu", "A kérésed a Meta MI-vel kapcsolatos?"),
        ("ro", "Solicitarea ta are legătură cu IA de la Meta?"),
        ("ro", "Solicitarea ta se referă la IA de la Meta?"),
        ("el", "Αφορά το αίτημά σας την ΤΝ στη Meta;"),
        ("bg", "Свързано ли е искането ви с ИИ в Meta?"),
        ("sl", "Ali se vaša zahteva nanaša na UI pri Meti?"),
        ("lt", "Ar jūsų prašymas susijęs su „Meta“ DI?"),
        ("lv", "Vai jūsu pieprasījums ir saistīts ar Meta MI?"),
        ("et", "Kas teie taotlus puudutab Meta tehisintellekti?"),
        ("en", "Is this request related to AI at Meta?"),
        ("it", "La tua richiesta ha a che fare con l'IA di Meta?"),
        ("sv", "Rör din begäran AI hos Meta?"),
        ("nb", "Dreier forespørselen din seg om KI hos Meta?"),
        ("hu", "A kérésed a Meta MI-jére vonatkozik?"),
        ("mt", "It-talba tiegħek tirrigwarda l-AI f'Meta?"),
    ] {
        let snapshot = page_at("https://www.facebook.com/help/contact/367438723733209", lang, question);
        let page = objection::analyse(&snapshot).map(|a| (a.page.kind, a.page.pre_step));
        assert_eq!(page, Some((PageKind::ObjectionForm, true)), "{lang}: {question}");
    }
}

/// The AI notification's headline, in the list of notifications, makes that
/// page an AI notice in every language: the headlines the sources quote,
/// and one written for each of the others. Elsewhere the headline alone is
/// no notice, nor is Meta's other notification about AIs (personalised
/// experiences, outside the EU).
#[test]
fn the_ai_notification_in_the_list_of_notifications_is_a_notice() {
    let headlines = [
        ("en", "Learn how we use your information to improve AI at Meta."),
        ("en", "We're planning new AI features for you. Learn how we use your information."),
        ("de", "Erfahre, wie wir deine Informationen im Zuge der Verbesserung von KI bei Meta verwenden"),
        ("fr", "Découvrez comment nous utiliserons vos informations à mesure que nous améliorons l'IA de Meta"),
        ("fr", "Nous planifions de nouvelles fonctionnalités d'IA pour vous"),
        ("pl", "Ulepszamy dla Ciebie funkcje SI. Dowiedz się, jak wykorzystamy Twoje informacje."),
        ("nb", "Vi planlegger nye AI-funksjoner for deg. Les om hvordan vi bruker informasjonen din"),
        ("bg", "Научете как използваме вашата информация, за да подобряваме ИИ в Meta."),
        ("cs", "Zjistěte, jak používáme vaše informace ke zlepšování AI ve společnosti Meta."),
        ("da", "Se, hvordan vi bruger dine oplysninger til at forbedre AI hos Meta."),
        ("el", "Μάθετε πώς χρησιμοποιούμε τις πληροφορίες σας για να βελτιώσουμε την ΤΝ στη Meta."),
        ("es", "Descubre cómo usamos tu información para mejorar la IA en Meta."),
        ("et", "Vaata, kuidas me sinu teavet kasutame, et täiustada Meta tehisintellekti."),
        ("fi", "Lue, miten käytämme tietojasi Metan tekoälyn parantamiseen."),
        ("ga", "Faigh amach conas a úsáidimid d'fhaisnéis chun AI ag Meta a fheabhsú."),
        ("hr", "Saznajte kako upotrebljavamo vaše informacije za poboljšanje UI u Meti."),
        ("hu", "Tudd meg, hogyan használjuk fel az információidat a Meta MI fejlesztéséhez."),
        ("is", "Kynntu þér hvernig við notum upplýsingarnar þínar til að bæta gervigreind hjá Meta."),
        ("it", "Scopri come usiamo le tue informazioni per migliorare l'IA di Meta."),
        ("lt", "Sužinokite, kaip naudojame jūsų informaciją „Meta“ DI tobulinti."),
        ("lv", "Uzziniet, kā mēs izmantojam jūsu informāciju, lai uzlabotu Meta MI."),
        ("mt", "Sir af kif nużaw l-informazzjoni tiegħek biex intejbu l-AI f'Meta."),
        ("nl", "Ontdek hoe we je informatie gebruiken om AI bij Meta te verbeteren."),
        ("pt", "Descobre como utilizamos as tuas informações para melhorar a IA na Meta."),
        ("ro", "Află cum folosim informațiile tale pentru a îmbunătăți IA de la Meta."),
        ("sk", "Zistite, ako používame vaše informácie na zlepšovanie AI v spoločnosti Meta."),
        ("sl", "Preberite, kako uporabljamo vaše informacije za izboljšanje UI pri Meti."),
        ("sv", "Läs om hur vi använder din information för att förbättra AI hos Meta."),
        // The 2024 headline: the policy updated as AI at Meta expands.
        ("en", "We're updating our Privacy Policy as we expand AI at Meta."),
        ("lv", "Mēs atjauninām savu konfidencialitātes politiku, jo paplašinām mākslīgā intelekta izmantošanu uzņēmumā Meta."),
        ("de", "Wir aktualisieren unsere Datenschutzrichtlinie, da wir KI bei Meta ausweiten."),
        ("fr", "Nous mettons à jour notre Politique de confidentialité à mesure que nous développons l'IA chez Meta."),
        ("nl", "We werken ons privacybeleid bij nu we AI bij Meta uitbreiden."),
        ("pl", "Aktualizujemy naszą Politykę prywatności w związku z rozwojem SI w Meta."),
        ("sv", "Vi uppdaterar vår integritetspolicy när vi utökar AI hos Meta."),
        ("it", "Stiamo aggiornando la nostra Informativa sulla privacy mentre espandiamo l'IA di Meta."),
        ("es", "Estamos actualizando nuestra Política de privacidad a medida que ampliamos la IA en Meta."),
        ("fi", "Päivitämme tietosuojakäytäntöämme, kun laajennamme Metan tekoälyä."),
    ];
    let langs: HashSet<&str> = headlines.iter().map(|(l, _)| *l).collect();
    assert_eq!(langs.len(), REQUIRED_LANGUAGES.len());
    for url in ["https://www.facebook.com/notifications", "https://m.facebook.com/notifications.php", "https://www.instagram.com/accounts/activity/"] {
        assert_each_is(url, PageKind::AiNotice, &headlines);
    }
    for (lang, text) in headlines {
        assert_eq!(kind_at("https://www.facebook.com/", lang, text), None, "{lang}: the headline alone on the feed: {text}");
    }
    for text in [
        "Learn how Meta will use your info in new ways to personalize your experience.",
        "We'll start using your interactions with AIs to personalize your experience.",
        "Ana Silva commented on your post.",
    ] {
        assert_eq!(kind_at("https://www.facebook.com/notifications", "en", text), None, "{text}");
    }
}

/// The categories a notice at Meta's AI page in `lang` flags in `text`.
fn flagged_categories(lang: &str, text: &str) -> Vec<Category> {
    objection::analyse(&page(lang, text)).map(|a| a.findings.into_iter().map(|f| f.category).collect()).unwrap_or_default()
}

/// "If we approve your objection", "Should your objection be granted": a
/// clause a condition opens, naming the objection and granting it, is the
/// conditional honour in every language, whichever verb the translation
/// chose and in whichever order.
#[test]
fn a_grant_on_a_condition_is_flagged_however_worded() {
    for (lang, text) in [
        ("en", "If we accept your objection, we won't use your information going forward."),
        ("en", "Should your objection be approved, it will apply from then on."),
        ("en", "Where your objection is granted, we will stop using your public posts."),
        ("nb", "Hvis vi godtar innsigelsen din, gjelder den fremover."),
        ("nb", "Dersom protesten din blir godkjent, slutter vi å bruke informasjonen din."),
        ("da", "Hvis vi har accepteret din indsigelse, gælder den fremover."),
        ("da", "Hvis din indsigelse godkendes, stopper vi med at bruge dine oplysninger."),
        ("sv", "Om din invändning har godtagits gäller den framöver."),
        ("sv", "Om vi accepterar din invändning slutar vi använda din information."),
        ("fi", "Jos vastalauseesi hyväksytään, sitä sovelletaan jatkossa."),
        ("fi", "Jos hyväksymme vastustuksesi, emme enää käytä tietojasi."),
        ("hu", "Ha a kifogásodat elfogadjuk, az a jövőben érvényes."),
        ("hu", "Ha a tiltakozásodat jóváhagyjuk, nem használjuk tovább az adataidat."),
        ("pt", "Se a tua oposição for aprovada, deixaremos de usar as tuas informações."),
        ("pt", "Caso a tua oposição seja aceite, será aplicada daqui para a frente."),
        ("es", "Si aprobamos tu oposición, dejaremos de usar tu información."),
        ("es", "En caso de que se acepte tu oposición, se aplicará en adelante."),
        ("fr", "Si nous approuvons votre opposition, nous cesserons d'utiliser vos informations."),
        ("fr", "Au cas où votre opposition serait acceptée, elle s'appliquera à l'avenir."),
        ("it", "Qualora la tua opposizione venga accolta, smetteremo di usare le tue informazioni."),
        ("it", "Se approviamo la tua opposizione, non useremo più le tue informazioni."),
        ("de", "Sollte dein Widerspruch angenommen werden, gilt er künftig."),
        ("de", "Wenn wir deinen Widerspruch genehmigen, verwenden wir deine Informationen nicht mehr."),
        ("nl", "Indien je bezwaar wordt goedgekeurd, gebruiken we je gegevens niet meer."),
        ("nl", "Als we je bezwaar accepteren, geldt het vanaf dat moment."),
        ("pl", "Jeżeli zaakceptujemy Twój sprzeciw, przestaniemy wykorzystywać Twoje informacje."),
        ("pl", "Jeśli Twój sprzeciw zostanie zatwierdzony, będzie stosowany w przyszłości."),
        ("cs", "Pokud vaši námitku schválíme, přestaneme používat vaše informace."),
        ("cs", "Jestliže bude vaše námitka přijata, bude platit do budoucna."),
        ("sk", "Ak vašu námietku schválime, prestaneme používať vaše informácie."),
        ("sk", "Pokiaľ bude vaša námietka prijatá, bude platiť do budúcnosti."),
        ("sl", "Če bomo vaš ugovor odobrili, ne bomo več uporabljali vaših informacij."),
        ("sl", "Če bo vaš ugovor sprejet, bo veljal v prihodnje."),
        ("hr", "Ako odobrimo vaš prigovor, više nećemo upotrebljavati vaše informacije."),
        ("hr", "Ukoliko vaš prigovor bude prihvaćen, primjenjivat će se ubuduće."),
        ("bg", "Ако одобрим вашето възражение, няма да използваме повече информацията ви."),
        ("bg", "В случай че възражението ви бъде прието, то ще се прилага занапред."),
        ("ro", "Dacă aprobăm obiecția ta, nu vom mai folosi informațiile tale."),
        ("ro", "În cazul în care obiecția ta este acceptată, se va aplica de acum înainte."),
        ("el", "Αν εγκρίνουμε την αντίρρησή σας, δεν θα χρησιμοποιούμε πλέον τις πληροφορίες σας."),
        ("el", "Σε περίπτωση που η εναντίωσή σας γίνει δεκτή, θα ισχύει στο εξής."),
        ("et", "Kui me sinu vastuväite heaks kiidame, ei kasuta me enam sinu teavet."),
        ("et", "Juhul kui sinu vastuväide rahuldatakse, kehtib see edaspidi."),
        ("lv", "Ja mēs apstiprināsim jūsu iebildumu, mēs vairs neizmantosim jūsu informāciju."),
        ("lv", "Gadījumā, ja jūsu iebildums tiks pieņemts, tas būs spēkā turpmāk."),
        ("lt", "Jei patvirtinsime jūsų prieštaravimą, nebenaudosime jūsų informacijos."),
        ("lt", "Jeigu jūsų prieštaravimas bus priimtas, jis galios ateityje."),
        ("ga", "Má ghlacaimid le d'agóid, ní úsáidfimid d'fhaisnéis a thuilleadh."),
        ("mt", "Jekk napprovaw l-oġġezzjoni tiegħek, ma nibqgħux nużaw l-informazzjoni tiegħek."),
        ("is", "Ef við samþykkjum andmæli þín hættum við að nota upplýsingarnar þínar."),
    ] {
        assert!(flagged_categories(lang, text).contains(&Category::ConditionalHonour), "{lang}: {text}");
    }
    // A condition on what the user does, a grant outside the condition's
    // clause, or a grant without a condition is none.
    for (lang, text) in [
        ("en", "If you object, we will honour your objection."),
        // Without the comma, as Scandinavian writing leaves it out.
        ("sv", "Om du invänder kommer vi att respektera din invändning."),
        ("nb", "Hvis du protesterer vil vi respektere protesten din."),
        ("en", "If you object we will honour your objection."),
        ("is", "Ef þú andmælir, munum við virða andmæli þín."),
        ("en", "If you accept the terms, you can still object at any time."),
        ("en", "We have accepted your objection to the use of your information for AI at Meta."),
        ("en", "When we receive your objection, we will honour it."),
        ("de", "Wenn du Widerspruch einlegst, werden wir ihn berücksichtigen."),
        ("de", "Wir haben deinem Widerspruch stattgegeben."),
        ("fr", "Si vous acceptez les conditions, vous pouvez toujours vous opposer."),
        ("es", "Si te opones, respetaremos tu oposición."),
        ("sv", "Om du har frågor, kontakta oss. Vi har godtagit din invändning."),
        ("nl", "Als je bezwaar maakt, ontvang je een e-mail."),
        ("pl", "Jeśli zaakceptujesz regulamin, możesz w każdej chwili wyrazić sprzeciw w innym miejscu."),
    ] {
        assert!(!flagged_categories(lang, text).contains(&Category::ConditionalHonour), "{lang}: {text}");
    }
}

/// A notice worded freshly in every language, as Meta might put it on a
/// help page: its AI topic in the translation's own inflection ("Metas
/// generativa AI-modeller", "generativních modelů AI společnosti Meta").
#[test]
fn a_notice_worded_freshly_is_recognised_in_every_language() {
    assert_each_is(
        "https://www.facebook.com/help/1700277100394066",
        PageKind::AiNotice,
        &[
            ("en", "We'd like to let you know that we will use public content, such as posts and comments, to train generative AI models at Meta. We rely on our legitimate interest for this. You can object at any time."),
            ("de", "Wir möchten dich darüber informieren, dass wir öffentliche Inhalte wie Beiträge und Kommentare zum Training generativer KI-Modelle bei Meta nutzen. Rechtsgrundlage ist unser berechtigtes Interesse. Du kannst dem jederzeit widersprechen."),
            ("fr", "Nous utiliserons les contenus publics, comme les publications et les commentaires, pour entraîner les modèles d'IA générative de Meta, sur la base de notre intérêt légitime. Vous pouvez vous y opposer à tout moment."),
            ("es", "Usaremos el contenido público, como publicaciones y comentarios, para entrenar los modelos de IA generativa de Meta, basándonos en nuestro interés legítimo. Puedes oponerte en cualquier momento."),
            ("it", "Useremo i contenuti pubblici, come post e commenti, per addestrare i modelli di IA generativa di Meta, sulla base del nostro legittimo interesse. Puoi opporti in qualsiasi momento."),
            ("pt", "Vamos usar conteúdos públicos, como publicações e comentários, para treinar os modelos de IA generativa da Meta, com base no nosso interesse legítimo. Podes opor-te a qualquer momento."),
            ("nl", "We gebruiken openbare content, zoals berichten en reacties, om generatieve AI-modellen van Meta te trainen, op basis van ons gerechtvaardigd belang. Je kunt hier op elk moment bezwaar tegen maken."),
            ("pl", "Będziemy wykorzystywać treści publiczne, takie jak posty i komentarze, do trenowania modeli generatywnej sztucznej inteligencji Meta, na podstawie naszego prawnie uzasadnionego interesu. Możesz w każdej chwili wyrazić sprzeciw."),
            ("sv", "Vi kommer att använda offentligt innehåll, som inlägg och kommentarer, för att träna Metas generativa AI-modeller, med stöd av vårt berättigade intresse. Du kan när som helst invända."),
            ("da", "Vi bruger offentligt indhold, såsom opslag og kommentarer, til at træne Metas generative AI-modeller på grundlag af vores legitime interesse. Du kan til enhver tid gøre indsigelse."),
            ("nb", "Vi bruker offentlig innhold, som innlegg og kommentarer, til å trene Metas generative KI-modeller, basert på vår berettigede interesse. Du kan når som helst protestere."),
            ("fi", "Käytämme julkista sisältöä, kuten julkaisuja ja kommentteja, Metan generatiivisten tekoälymallien kouluttamiseen oikeutetun etumme perusteella. Voit vastustaa tätä milloin tahansa."),
            ("cs", "Veřejný obsah, jako jsou příspěvky a komentáře, budeme používat k trénování generativních modelů AI společnosti Meta na základě našeho oprávněného zájmu. Kdykoli můžete vznést námitku."),
            ("sk", "Verejný obsah, ako sú príspevky a komentáre, budeme používať na trénovanie generatívnych modelov AI spoločnosti Meta na základe nášho oprávneného záujmu. Kedykoľvek môžete namietať."),
            ("sl", "Javno vsebino, kot so objave in komentarji, bomo uporabljali za učenje generativnih modelov UI družbe Meta na podlagi našega zakonitega interesa. Kadar koli lahko ugovarjate."),
            ("hr", "Javni sadržaj, poput objava i komentara, upotrebljavat ćemo za treniranje generativnih modela umjetne inteligencije tvrtke Meta na temelju našeg legitimnog interesa. U bilo kojem trenutku možete uložiti prigovor."),
            ("hu", "A nyilvános tartalmakat, például a bejegyzéseket és hozzászólásokat, a Meta generatív MI-modelljeinek tanítására használjuk jogos érdekünk alapján. Bármikor tiltakozhatsz."),
            ("ro", "Vom folosi conținutul public, cum ar fi postările și comentariile, pentru a antrena modelele de IA generativă ale Meta, în baza interesului nostru legitim. Te poți opune oricând."),
            ("el", "Θα χρησιμοποιούμε δημόσιο περιεχόμενο, όπως δημοσιεύσεις και σχόλια, για την εκπαίδευση των μοντέλων παραγωγικής τεχνητής νοημοσύνης της Meta, βάσει του έννομου συμφέροντός μας. Μπορείτε να αντιταχθείτε ανά πάσα στιγμή."),
            ("bg", "Ще използваме публично съдържание, като публикации и коментари, за обучение на генеративните модели на ИИ на Meta въз основа на нашия законен интерес. Можете да възразите по всяко време."),
            ("et", "Kasutame avalikku sisu, näiteks postitusi ja kommentaare, Meta generatiivse tehisintellekti mudelite treenimiseks meie õigustatud huvi alusel. Võid sellele igal ajal vastuväite esitada."),
            ("lv", "Mēs izmantosim publisku saturu, piemēram, ziņas un komentārus, lai apmācītu Meta ģeneratīvā mākslīgā intelekta modeļus, pamatojoties uz mūsu leģitīmajām interesēm. Jūs jebkurā laikā varat iebilst."),
            ("lt", "Viešą turinį, pavyzdžiui, įrašus ir komentarus, naudosime Meta generatyviojo dirbtinio intelekto modeliams mokyti, remdamiesi teisėtu interesu. Bet kada galite nesutikti."),
            ("ga", "Úsáidfimid ábhar poiblí, amhail postálacha agus tráchtanna, chun samhlacha IS giniúna Meta a thraenáil, bunaithe ar ár leasanna dlisteanacha. Is féidir leat agóid a dhéanamh am ar bith."),
            ("mt", "Se nużaw kontenut pubbliku, bħal posts u kummenti, biex inħarrġu l-mudelli tal-IA ġenerattiva ta' Meta, abbażi tal-interessi leġittimi tagħna. Tista' toġġezzjona fi kwalunkwe ħin."),
            ("is", "Við munum nota opinbert efni, svo sem færslur og ummæli, til að þjálfa skapandi gervigreindarlíkön Meta á grundvelli lögmætra hagsmuna okkar. Þú getur andmælt hvenær sem er."),
        ],
    );
}
