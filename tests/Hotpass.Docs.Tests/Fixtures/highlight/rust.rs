use std::collections::HashMap;

/// A source profile, as read from hotpass.toml.
#[derive(Debug, Clone)]
pub struct Profile<'a> {
    name: &'a str,
    chunk_size: usize,
}

impl<'a> Profile<'a> {
    pub fn new(name: &'a str) -> Self {
        Profile { name, chunk_size: 50_000 }
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut counts: HashMap<char, u32> = HashMap::new();
    let raw = r#"a "quoted" value"#;
    for ch in raw.chars() {
        *counts.entry(ch).or_insert(0) += 1;
    }
    let newline = '\n';
    println!("{} {:?} {}", raw, Some(newline), b"bytes".len());
    Ok(())
}
