using AdcsSite.Benchmarks;

// One harness per measured concern, chosen by the first argument.
return args switch
{
    ["preview", .. var rest] => await PreviewBenchmark.Run(rest),
    ["stages", .. var rest] => Stages(rest),
    _ => Usage(),
};

static int Stages(string[] args)
{
    var summary = BenchmarkDotNet.Running.BenchmarkRunner.Run<StageBenchmarks>(args: args);
    return summary.HasCriticalValidationErrors ? 1 : 0;
}

static int Usage()
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project tests/AdcsSite.Benchmarks -- stages [BenchmarkDotNet options]");
    Console.Error.WriteLine("  stages of a build over input/ (or ADCS_BENCH_INPUT=<corpus folder>)");
    Console.Error.WriteLine("usage: dotnet run -c Release --project tests/AdcsSite.Benchmarks -- preview <corpus folder> [theme folder] [saves]");
    Console.Error.WriteLine("  make a corpus with: python3 ../shared/bench/gen-corpus.py 10000 --seed 42 --out /tmp/c10k");
    return 2;
}
