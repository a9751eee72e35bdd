using AdcsSite.Benchmarks;

// One harness per measured concern, chosen by the first argument.
return args switch
{
    ["preview", .. var rest] => await PreviewBenchmark.Run(rest),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project tests/AdcsSite.Benchmarks -- preview <corpus folder> [theme folder] [saves]");
    Console.Error.WriteLine("  make a corpus with: python3 ../shared/bench/gen-corpus.py 10000 --seed 42 --out /tmp/c10k");
    return 2;
}
