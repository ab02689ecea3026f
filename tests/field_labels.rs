//! Field labels in every language, worded as forms may word them (formal
//! and informal address, a word order of their own), matched one control at
//! a time: the rule lists and the flag rules that name the explanation box.
use objection::fields::match_fields;
use objection::phrases::index;
use objection::snapshot::{Control, Label, LabelSource};

fn c(key: u32, tag: &str, ty: &str, label: &str) -> Control {
    Control { key, tag: tag.into(), input_type: ty.into(), labels: vec![Label { source: LabelSource::LabelFor, text: label.into() }], ..Default::default() }
}

/// Field labels as forms in each language may word them, beyond the first
/// phrase of each rule list: every one goes to its role on its own.
#[test]
fn labels_in_every_language_go_to_their_role() {
    let emails = ["E-mail", "E-Mail-Adresse", "Correo electrónico", "Indirizzo email", "Adresse électronique", "E-postadress", "Sähköpostiosoite", "E-mailová adresa", "Adres e-mail", "Endereço de e-mail", "Διεύθυνση ηλεκτρονικού ταχυδρομείου", "Имейл", "Адрес на електронна поща", "E-pošta", "Adresa e-pošte", "E-posti aadress", "E-pasta adrese", "El. pašto adresas", "Posta elettronica", "Seoladh ríomhphoist", "Indirizz tal-email", "Netfang", "Adresă de e-mail", "E-mail-cím", "E-mailadresse", "E-postadresse", "Your email", "Contact email", "Kontakt-E-Mail", "Courriel", "Yhteyssähköpostiosoite", "Mailadresse", "Mejladress", "Emailadres", "Epostadresse"];
    let countries = ["Land", "País", "Paese", "Pays", "Maa", "Země", "Kraj zamieszkania", "Χώρα", "Държава", "Država", "Riik", "Valsts", "Šalis", "Tír chónaithe", "Pajjiż tar-residenza", "Ország", "Țara", "Country", "Country/region", "Land/Region", "Pays/région", "Paese di residenza", "País de residencia", "Asuinmaa", "Bopælsland", "Bosättningsland", "Krajina pobytu", "Stát", "Búsetuland"];
    let mut bad = vec![];
    for e in emails {
        let m = match_fields(&[c(1, "input", "text", e)], index());
        if m.first().map(|m| m.role.name()) != Some("email") { bad.push(format!("email {e:?}: {m:?}")); }
    }
    for e in countries {
        let m = match_fields(&[c(1, "select", "", e)], index());
        if m.first().map(|m| m.role.name()) != Some("country") { bad.push(format!("country {e:?}: {m:?}")); }
    }
    let phones = ["Telefonnummer", "Número de teléfono", "Numero di telefono", "Numéro de téléphone", "Telefoonnummer", "Numer telefonu", "Número de telefone", "Puhelinnumero", "Telefonní číslo", "Τηλέφωνο", "Αριθμός τηλεφώνου", "Телефонен номер", "Broj telefona", "Telefoninumber", "Tālruņa numurs", "Telefono numeris", "Telefonszám", "Număr de telefon", "Mobile number", "WhatsApp number", "Número de WhatsApp", "Handynummer", "Mobilnummer", "Telefonnúmer", "Uimhir theileafóin", "Numru tat-telefon", "Telefonska številka", "Mobiltelefonnummer", "Número de celular", "Número de telemóvel"];
    for e in phones {
        let m = match_fields(&[c(1, "input", "text", e)], index());
        if m.first().map(|m| m.role.name()) != Some("phone") { bad.push(format!("phone {e:?}: {m:?}")); }
    }
    let names = ["Vollständiger Name", "Nome e cognome", "Name", "Nombre completo", "Imię i nazwisko", "Nom complet", "Naam", "Ονοματεπώνυμο", "Име и фамилия", "Celé jméno", "Koko nimi", "Teljes név", "Nume complet", "Ime i prezime", "Vardas ir pavardė", "Vārds, uzvārds", "Täisnimi", "Fulde navn", "Fullständigt namn", "Fullt navn", "Nome completo", "Ainm iomlán", "Isem sħiħ", "Fullt nafn", "Meno a priezvisko", "Ime in priimek", "Your full name"];
    for e in names {
        let m = match_fields(&[c(1, "input", "text", e)], index());
        if m.first().map(|m| m.role.name()) != Some("fullName") { bad.push(format!("name {e:?}: {m:?}")); }
    }
    let codes = ["Bestätigungscode", "Código de confirmación", "Codice di conferma", "Code de confirmation", "Bevestigingscode", "Kod potwierdzający", "Código de confirmação", "Vahvistuskoodi", "Ověřovací kód", "Κωδικός επιβεβαίωσης", "Код за потвърждение", "Kinnituskood", "Apstiprinājuma kods", "Patvirtinimo kodas", "Megerősítő kód", "Cod de confirmare", "Potrditvena koda", "Kontrollkod", "Bekræftelseskode", "Bekreftelseskode", "Staðfestingarkóði", "Verification code", "Kod weryfikacyjny", "Código de verificación", "Codice di verifica", "Verificatiecode", "Bestätigungs-Code", "Potvrdni kod", "Overovací kód", "Cód deimhnithe", "Kodiċi ta' konferma"];
    for e in codes {
        let m = match_fields(&[c(1, "input", "text", e)], index());
        if m.first().map(|m| m.role.name()) != Some("code") { bad.push(format!("code {e:?}: {m:?}")); }
    }
    let statements = ["Please tell us how this processing impacts you", "How does this processing affect you?", "Reason for your objection", "Additional information",
        "Bitte erkläre, wie sich diese Verarbeitung auf dich auswirkt", "Bitte erklären Sie, wie sich diese Verarbeitung auf Sie auswirkt", "Begründung deines Widerspruchs",
        "Explícanos cómo te afecta este tratamiento", "Indique cómo le afecta este tratamiento", "Motivo de la oposición",
        "Spiegaci in che modo questo trattamento ti riguarda", "Motivo dell'opposizione",
        "Expliquez-nous comment ce traitement vous affecte", "Motif de l'opposition",
        "Leg uit hoe deze verwerking je beïnvloedt", "Reden van je bezwaar",
        "Wyjaśnij, jak to przetwarzanie na Ciebie wpływa", "Powód sprzeciwu",
        "Explique como esse processamento afeta você", "Explica-nos de que forma este tratamento te afeta", "Motivo da oposição",
        "Kerro meille, miten tämä käsittely vaikuttaa sinuun", "Vysvětlete, jak se vás toto zpracování týká", "Forklar, hvordan denne behandling påvirker dig",
        "Berätta hur den här behandlingen påverkar dig", "Εξηγήστε μας πώς σας επηρεάζει αυτή η επεξεργασία", "Обяснете как ви засяга това обработване",
        "Vysvetlite, ako sa vás toto spracúvanie týka", "Pojasnite, kako ta obdelava vpliva na vas", "Selgitage, kuidas see töötlemine teid mõjutab",
        "Paskaidrojiet, kā šī apstrāde jūs ietekmē", "Paaiškinkite, kaip šis tvarkymas jus paveikia", "Magyarázza el, hogyan érinti Önt ez az adatkezelés",
        "Explicați cum vă afectează această prelucrare", "Objasnite kako ova obrada utječe na vas", "Mínete conas a théann an phróiseáil seo i bhfeidhm ort",
        "Spjega kif dan l-ipproċessar jaffettwak", "Útskýrðu hvernig þessi vinnsla hefur áhrif á þig", "Forklar hvordan denne behandlingen påvirker deg",
        "Informations supplémentaires", "Lisätietoja", "További információk", "Papildinformācija", "Mer informasjon", "Zusätzliche Informationen", "Información adicional", "Dodatkowe informacje"];
    for e in statements {
        let m = match_fields(&[c(1, "textarea", "", e)], index());
        if m.first().map(|m| m.role.name()) != Some("statement") { bad.push(format!("statement {e:?}: {m:?}")); }
    }
    assert!(bad.is_empty(), "labels not matched to their role:\n{}", bad.join("\n"));
}
