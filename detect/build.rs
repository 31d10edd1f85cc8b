//! The default rule pack is compiled into the crate (`include_dir!`); rebuild when it changes.
fn main() {
    println!("cargo:rerun-if-changed=rules");
}
