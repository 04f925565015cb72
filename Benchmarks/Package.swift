// swift-tools-version: 6.1
// The benchmark harness, kept out of the main package so that `swift build` and
// `swift test` there never compile ordo-one/benchmark. Run from this folder:
//
//   swift package benchmark                       # every benchmark
//   swift package benchmark --filter "SRT.*"      # some of them
//   swift package benchmark baseline update main  # then: baseline compare main
import PackageDescription

let package = Package(
  name: "SubkitBenchmarks",
  dependencies: [
    // Named, because a path dependency's identity is its folder's name ("main" in a
    // work tree, "subkit" in a clone); the products below refer to it as "subkit".
    .package(name: "subkit", path: "../"),
    // Only MallocInterposer: naming the traits replaces the package's defaults, which
    // would also pull in swift-runtime-interposer (not among this machine's packages).
    .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
  ],
  targets: [
    .executableTarget(
      name: "SubkitBenchmarks",
      dependencies: [
        .product(name: "Benchmark", package: "benchmark"),
        .product(name: "SubtitleTimeline", package: "subkit"),
        .product(name: "SubRip", package: "subkit"),
        .product(name: "WebVTT", package: "subkit"),
        .product(name: "TimelineJSON", package: "subkit"),
        .product(name: "SubtitleFormats", package: "subkit"),
        .product(name: "SubtitleText", package: "subkit"),
        .product(name: "TextUnicode", package: "subkit"),
      ],
      path: "Benchmarks/SubkitBenchmarks",
      plugins: [
        .plugin(name: "BenchmarkPlugin", package: "benchmark")
      ]
    )
  ]
)
