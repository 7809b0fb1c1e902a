//! Every text key the web app uses exists in the core's catalogue, in both languages: the
//! page shows the core's words and none of its own, so a missing key would show as a raw
//! key to an operator.

use std::collections::BTreeSet;

fn keys_in(text: &str, open: &str, close: char) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = text;
    while let Some(i) = rest.find(open) {
        rest = &rest[i + open.len()..];
        if let Some(j) = rest.find(close) {
            let key = &rest[..j];
            if !key.is_empty()
                && !key.contains('$')
                && !key.contains(' ')
                && !key.contains('/')
                && key.contains('.')
            {
                out.insert(key.to_string());
            }
            rest = &rest[j..];
        }
    }
    out
}

#[test]
fn every_key_the_web_app_uses_is_in_the_catalogue() {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut used = BTreeSet::new();
    for file in [
        "www/index.html",
        "www/app.js",
        "www/screen.js",
        "www/verval.js",
        "www/lapor.js",
    ] {
        let Ok(text) = std::fs::read_to_string(format!("{root}/{file}")) else {
            continue;
        };
        used.extend(keys_in(&text, "data-t=\"", '"'));
        used.extend(keys_in(&text, "t('", '\''));
        used.extend(keys_in(&text, "{ t: '", '\''));
    }
    assert!(used.len() > 20, "found only {} keys: {used:?}", used.len());
    for lang in [layak::Lang::Id, layak::Lang::En] {
        let labels: BTreeSet<&str> = layak::messages::ui_labels(lang).map(|(k, _)| k).collect();
        let missing: Vec<&String> = used
            .iter()
            .filter(|k| !labels.contains(k.as_str()))
            .collect();
        assert!(
            missing.is_empty(),
            "{lang:?}: keys used by www/ but not in messages.rs: {missing:?}"
        );
    }
}

#[test]
fn labels_are_unique_and_translated() {
    let id: Vec<(&str, &str)> = layak::messages::ui_labels(layak::Lang::Id).collect();
    let en: Vec<(&str, &str)> = layak::messages::ui_labels(layak::Lang::En).collect();
    let keys: BTreeSet<&str> = id.iter().map(|(k, _)| *k).collect();
    assert_eq!(keys.len(), id.len(), "duplicate keys");
    for ((k, i), (_, e)) in id.iter().zip(&en) {
        assert!(!i.is_empty() && !e.is_empty(), "{k} is empty");
    }
}
