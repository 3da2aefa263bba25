require 'json'

# Reads a registry export and counts the duplicates.
module Hotpass
  class Dedup
    attr_reader :seen

    def initialize(path)
      @path = path
      @seen = Hash.new(0)
    end

    def duplicates?
      @seen.any? { |_key, count| count > 1 }
    end

    def run!
      File.foreach(@path) do |line|
        row = JSON.parse(line, symbolize_names: true)
        @seen[row[:registration_number]] += 1
      end
      puts "read #{@seen.size} rows from #{@path}"
      self
    end
  end
end
