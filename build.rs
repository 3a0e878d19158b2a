//! Build script: on Windows it embeds Dossier's icon and version information in `dossier.exe`
//! (so Explorer, the taskbar and "Open with" show the icon); everywhere else it does nothing.
//!
//! `winresource` is a build-dependency only on Windows hosts (Cargo matches a build-dependency's
//! `cfg` against the machine that builds), so Linux and macOS builds neither compile it nor run
//! anything here. Cross-compiling to Windows from Linux therefore gives an exe without the icon.

fn main() {
    // Without this line Cargo would rerun the script whenever any file of the package changes.
    println!("cargo:rerun-if-changed=build.rs");
    #[cfg(windows)]
    windows::embed_resources();
}

#[cfg(windows)]
mod windows {
    /// Compiles `assets/icons/dossier.ico` and the package metadata into a resource file that
    /// the linker adds to the exe. Only when the target is Windows too.
    pub fn embed_resources() {
        println!("cargo:rerun-if-changed=assets/icons/dossier.ico");
        if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
            return;
        }
        let mut resource = winresource::WindowsResource::new();
        resource
            .set_icon("assets/icons/dossier.ico")
            .set("ProductName", "Dossier")
            .set("FileDescription", "Dossier report reader");
        if let Err(error) = resource.compile() {
            // A missing resource compiler should not stop a developer's build; say why the
            // icon is missing instead.
            println!("cargo:warning=dossier.exe is built without its icon: {error}");
        }
    }
}
