//! The JavaScript face beyond the golden files: thrown errors carry codes, a NIK given as a
//! number is refused, and the look-ups for address fields and the catalogue have the shapes
//! the web app relies on.

use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

fn get(v: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(v, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn code_of(e: JsValue) -> String {
    get(&e, "code").as_string().unwrap_or_default()
}

fn obj(json: &str) -> JsValue {
    js_sys::JSON::parse(json).unwrap()
}

#[wasm_bindgen_test]
fn a_nik_passed_as_a_number_is_refused_with_a_code() {
    let e = layak::wasm::validate_nik(JsValue::from_f64(3522061205800001.0), JsValue::UNDEFINED)
        .unwrap_err();
    assert!(wasm_bindgen::JsCast::is_instance_of::<js_sys::Error>(&e));
    assert_eq!(code_of(e), "input.type");
}

#[wasm_bindgen_test]
fn bad_options_throw_errors_with_codes_and_messages_in_the_chosen_language() {
    let e = layak::wasm::validate_nik(
        JsValue::from_str("3522061205800001"),
        obj(r#"{"as_of": "kemarin", "lang": "en"}"#),
    )
    .unwrap_err();
    let message = get(&e, "message").as_string().unwrap();
    assert_eq!(code_of(e), "options.as_of");
    assert!(message.contains("cannot be read"), "{message}");
    let e = layak::wasm::validate_kk(JsValue::from_str("1"), JsValue::from_str("not an object"))
        .unwrap_err();
    assert_eq!(code_of(e), "options.type");
}

#[wasm_bindgen_test]
fn options_may_be_omitted_and_today_is_used() {
    let r = layak::wasm::validate_nik(JsValue::from_str("3522061205800001"), JsValue::UNDEFINED)
        .unwrap();
    assert_eq!(get(&r, "valid"), JsValue::TRUE);
    assert_eq!(
        get(&r, "birth_date").as_string().as_deref(),
        Some("1980-05-12")
    );
}

#[wasm_bindgen_test]
fn address_lookups_for_bojonegoro() {
    let kec = layak::wasm::bojonegoro_kecamatan().unwrap();
    let kec: js_sys::Array = kec.into();
    assert_eq!(kec.length(), 28);
    assert_eq!(
        get(&kec.get(5), "code").as_string().as_deref(),
        Some("35.22.06")
    );
    assert_eq!(
        get(&kec.get(5), "name").as_string().as_deref(),
        Some("Dander")
    );
    let desa: js_sys::Array = layak::wasm::bojonegoro_desa(JsValue::from_str("352215"))
        .unwrap()
        .into();
    let kelurahan = desa
        .iter()
        .filter(|d| get(d, "kind").as_string().as_deref() == Some("kelurahan"))
        .count();
    assert_eq!(kelurahan, 11, "Kecamatan Bojonegoro holds all 11 kelurahan");
    let none: js_sys::Array = layak::wasm::bojonegoro_desa(JsValue::from_str("11.01.01"))
        .unwrap()
        .into();
    assert_eq!(none.length(), 0);
}

#[wasm_bindgen_test]
fn regions_lists_and_refuses_malformed_codes() {
    let jatim = layak::wasm::regions(JsValue::from_str("35"), JsValue::UNDEFINED).unwrap();
    assert_eq!(
        get(&jatim, "name").as_string().as_deref(),
        Some("Jawa Timur")
    );
    let children: js_sys::Array = get(&jatim, "children").into();
    assert_eq!(children.length(), 38, "29 kabupaten + 9 kota");
    assert!(
        layak::wasm::regions(JsValue::from_str("97"), JsValue::UNDEFINED)
            .unwrap()
            .is_null()
    );
    let e = layak::wasm::regions(JsValue::from_str("3.5"), JsValue::UNDEFINED).unwrap_err();
    assert_eq!(code_of(e), "input.region_code");
}

#[wasm_bindgen_test]
fn the_catalogue_has_every_code_and_document_names_in_both_languages() {
    let id = layak::wasm::catalogue(JsValue::UNDEFINED).unwrap();
    let en = layak::wasm::catalogue(JsValue::from_str("en")).unwrap();
    let codes: js_sys::Array = get(&id, "codes").into();
    assert_eq!(codes.length() as usize, layak::Code::ALL.len());
    let doc = |cat: &JsValue, key: &str| get(&get(cat, "documents"), key).as_string();
    assert_eq!(doc(&id, "akta_kematian").as_deref(), Some("Akta kematian"));
    assert_eq!(
        doc(&en, "akta_kematian").as_deref(),
        Some("Death certificate (akta kematian)")
    );
    // The web app's labels are not in the package (the web page carries them).
    assert!(get(&id, "labels").is_undefined());
    assert_eq!(
        code_of(layak::wasm::catalogue(JsValue::from_str("jv")).unwrap_err()),
        "options.lang"
    );
}
