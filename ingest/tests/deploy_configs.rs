//! The example configurations in `deploy/` load with the real loader: an unknown key or a
//! wrong type there would fail here rather than on a school's server.

#[test]
fn every_deploy_config_loads() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../deploy");
    let mut n = 0;
    for e in std::fs::read_dir(&dir).expect("deploy/").flatten() {
        let p = e.path();
        if p.extension().is_some_and(|x| x == "toml") {
            if let Err(e) = ingest::Config::load(Some(&p)) {
                panic!("{}: {e}", p.display());
            }
            n += 1;
        }
    }
    assert!(n >= 2, "example configurations found: {n}");
}
