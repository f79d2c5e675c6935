//! The configuration reference in the docs is generated from the declarations: this fails when they drift apart.

use rebound_config::reference::{self, END, PAGE, REGENERATE, START};

#[test]
fn the_configuration_reference_in_the_docs_matches_the_declarations() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(PAGE);
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    let Some(generated) = reference::update_page(&committed) else {
        panic!("{PAGE} lost its markers: put {START} and {END} back around the generated tables");
    };
    if std::env::var_os("REBOUND_UPDATE_DOCS").is_some() {
        std::fs::write(&path, &generated).expect("writing the configuration reference");
        return;
    }
    assert!(
        committed == generated,
        "{PAGE} is out of date with crates/rebound-config/src/declared.rs. Regenerate it with:\n  {REGENERATE}\nand commit the result."
    );
}
